# IStats (packages/core-typings/src/IStats.ts) and installed apps (GET /api/apps/installed) of the
# sample workspace. Values are chosen to trip the statistics/apps rules (see docs/SAMPLES.md).

Set-StrictMode -Version 3.0

$script:SecondNodeId = 'b7e19f3a-0c5d-4e8a-9f21-6d3c8a1e4b70'

function New-SampleStatistics {
    $cpus = @(foreach ($i in 0..3) {
            [ordered]@{ model = 'Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz'; speed = 2993; times = [ordered]@{ user = 228340110 + $i * 1731; nice = 1210; sys = 61235420 + $i * 977; idle = 3471120300 - $i * 3310; irq = 0 } }
        })
    $uniq = { param($y, $m, $d) [ordered]@{ year = $y; month = $m; day = $d; data = @() } }
    $contacts = { param($c, $v) [ordered]@{ contactsCount = $c; conversationsCount = $v; sources = @([ordered]@{ source = 'widget'; contactsCount = $c; conversationsCount = $v }) } }
    return [ordered]@{
        _id = 'hP3sZqN8wKx2vT7cR'
        wizard = [ordered]@{ organizationType = 'enterprise'; industry = 'technologyProvider'; size = '4'; country = 'germany'; language = 'en'; serverType = 'privateTeam'; registerServer = $true }
        uniqueId = 'a7Kx9PqW3mZ2nR5tB'
        deploymentFingerprintHash = '9c2f4be07d1a6e3c58f0b9d2a7e41c6b'
        deploymentFingerprintVerified = $true
        installedAt = '2021-03-02T09:15:11.004Z'
        version = '7.8.0'
        totalUsers = 9120; activeUsers = 8420; activeGuests = 12; nonActiveUsers = 700; appUsers = 9
        onlineUsers = 2480; awayUsers = 910; busyUsers = 140; offlineUsers = 5590; totalConnectedUsers = 3530
        userLanguages = [ordered]@{ none = 0; en = 6120; de = 2210; fr = 430; es = 220; ja = 140 }
        totalRooms = 61240; totalChannels = 412; totalPrivateGroups = 3180; totalDirect = 55402; totalLivechat = 2246
        totalDiscussions = 890; totalThreads = 14320; totalBroadcastRooms = 6; totalE2ERooms = 0; roomsInsideTeams = 540
        teams = [ordered]@{ totalTeams = 38; totalRoomsInsideTeams = 540; totalDefaultRoomsInsideTeams = 41 }
        totalLivechatManagers = 3
        totalLivechatVisitors = 1840; totalLivechatAgents = 14; livechatEnabled = $true; routingAlgorithm = 'Manual_Selection'
        onHoldEnabled = $false; chatsOnHold = 0; emailInboxes = 1; departments = 4; archivedDepartments = 1
        totalTriggers = 2; totalCustomFields = 3; totalLivechatPublicCustomFields = 1
        BusinessHours = [ordered]@{ total = 2; strategy = 'Multiple' }
        lastChattedAgentPreferred = $false; assignNewConversationsToContactManager = $true; visitorAbandonment = 'close'
        omnichannelSources = @([ordered]@{ id = 'widget'; type = 'widget'; count = 1990; alias = 'widget' }, [ordered]@{ id = 'email-inbox'; type = 'email'; count = 214; alias = 'support@fabrikam.example' }, [ordered]@{ id = 'api'; type = 'api'; count = 42; alias = 'api' })
        omnichannelContactsBySource = (& $contacts 1610 2240)
        uniqueContactsOfLastMonth = (& $contacts 1290 1725)
        uniqueContactsOfLastWeek = (& $contacts 402 508)
        uniqueContactsOfYesterday = (& $contacts 61 70)
        livechatAutomaticForwardingUnansweredChats = $false; isDepartmentRemovalEnabled = $false
        totalLivechatRoomsWithPriority = 0; totalLivechatRoomsWithDepartment = 2010
        totalMessages = 2418990; totalChannelMessages = 388410; totalPrivateGroupMessages = 702300; totalDirectMessages = 1251280
        totalDiscussionsMessages = 19400; totalLivechatMessages = 57600; totalEncryptedMessages = 0
        totalStarred = 2210; totalPinned = 630
        lastLogin = '2025-11-23T17:58:41.220Z'; lastMessageSentAt = '2025-11-23T17:59:58.004Z'; lastSeenSubscription = '2025-11-23T17:59:02.871Z'
        os = [ordered]@{
            type = 'Linux'; platform = 'linux'; arch = 'x64'; release = '5.15.0-126-generic'; uptime = 3888000.42
            loadavg = @(6.41, 5.93, 5.27); totalmem = [long]16777216000; freemem = [long]671088640; cpus = $cpus
        }
        process = [ordered]@{ nodeVersion = 'v22.16.0'; pid = 1; uptime = 16230.58 }
        deploy = [ordered]@{ method = 'docker'; platform = 'selfinstall' }
        readReceiptsEnabled = $true; readReceiptsDetailed = $false
        enterpriseReady = $true
        uploadsTotal = 182340; uploadsTotalSize = [long]80530636800
        migration = [ordered]@{ _id = 'control'; locked = $false; version = 318; buildAt = '2025-07-07T11:26:42.000Z'; lockedAt = '2025-11-23T13:23:30.890Z' }
        instanceCount = 2
        oplogEnabled = $true
        msEnabled = $false
        mongoVersion = '5.0.24'
        mongoStorageEngine = 'wiredTiger'
        pushQueue = 37
        dailyPeakConnections = 3612; maxMonthlyPeakConnections = 3977
        uniqueUsersOfYesterday = (& $uniq 2025 11 22); uniqueUsersOfLastWeek = (& $uniq 2025 11 22); uniqueUsersOfLastMonth = (& $uniq 2025 11 22)
        uniqueDevicesOfYesterday = (& $uniq 2025 11 22); uniqueDevicesOfLastWeek = (& $uniq 2025 11 22); uniqueDevicesOfLastMonth = (& $uniq 2025 11 22)
        uniqueOSOfYesterday = (& $uniq 2025 11 22); uniqueOSOfLastWeek = (& $uniq 2025 11 22); uniqueOSOfLastMonth = (& $uniq 2025 11 22)
        apps = [ordered]@{ engineVersion = '1.53.0'; totalInstalled = 8; totalActive = 3; totalFailed = 4; totalPrivateApps = 1; totalPrivateAppsEnabled = 1 }
        services = [ordered]@{}
        importer = [ordered]@{}
        settings = [ordered]@{
            accounts = [ordered]@{ account2fa = $false; cas = [ordered]@{ enabled = $false; allowUserCreation = $true; alwaysSyncUserData = $true } }
            analytics = [ordered]@{ featuresEnabled = [ordered]@{ messages = $true; rooms = $true; users = $true } }
            e2ee = [ordered]@{ e2e = $false; e2eDefaultDirectRoom = $false; e2eDefaultPrivateRoom = $false }
            email = [ordered]@{ smtp = [ordered]@{ smtpHost = 'smtp.fabrikam.example'; smtpPort = '587'; fromEmail = 'chat@fabrikam.example' } }
            fileUpload = [ordered]@{ fileUploadEnable = $true }
            general = [ordered]@{ apps = [ordered]@{ frameworkDevMode = $false; frameworkEnable = $true }; update = [ordered]@{ updateChecker = $true } }
            liveStream = [ordered]@{ liveStream = $false; broadcasting = $false }
            message = [ordered]@{ allowEditing = $true; allowDeleting = $true; allowUnrecognizedSlashCommand = $false; allowBadWordsFilter = $false; readReceiptEnabled = $true; readReceiptStoreUsers = $false }
            otr = [ordered]@{ otrEnable = $true }
            push = [ordered]@{ pushEnable = $true }
            search = [ordered]@{ defaultProvider = [ordered]@{ GlobalSearchEnabled = $false } }
            threads = [ordered]@{ threadsEnabled = $true }
            webRTC = [ordered]@{ webRTCEnableChannel = $false; webRTCEnablePrivate = $false; webRTCEnableDirect = $false }
        }
        integrations = [ordered]@{ totalIntegrations = 7; totalIncoming = 4; totalIncomingActive = 3; totalOutgoing = 3; totalOutgoingActive = 2; totalWithScriptEnabled = 2 }
        enterprise = [ordered]@{ modules = @('auditing', 'canned-responses', 'livechat-enterprise', 'omnichannel-mobile-enterprise', 'engagement-dashboard', 'scalability'); tags = @('Pro'); seatRequests = 0; livechatTags = 6; cannedResponses = 42; priorities = 0; slas = 0; businessUnits = 0; livechatMonitors = 2; omnichannelPdfTranscriptRequested = 0; omnichannelPdfTranscriptSucceeded = 0; omnichannelRoomsWithSlas = 0; omnichannelRoomsWithPriorities = 0 }
        videoConf = [ordered]@{ videoConference = [ordered]@{ started = 311; ended = 309 }; direct = [ordered]@{ calling = 0; started = 184; ended = 183 }; livechat = [ordered]@{ started = 0; ended = 0 }; settings = [ordered]@{ provider = 'jitsi'; dms = $true; channels = $true; groups = $true; teams = $true } }
        matrixFederation = [ordered]@{ enabled = $false; maximumSizeOfPublicRoomsUsersAllowed = 100; homeserverUrl = ''; homeserverDomain = ''; serviceName = ''; enableEphemeralEvents = $false }
        federatedServers = 0; federatedUsers = 0
        federationOverviewData = [ordered]@{ numberOfEvents = 0; numberOfFederatedUsers = 0; numberOfServers = 0 }
        uncaughtExceptionsCount = 3
        push = 218904
        pushSecured = $false
        totalUserTOTP = 41; totalUserEmail2fa = 12
        totalCustomRoles = 3; totalWebRTCCalls = 0
        createdAt = '2025-11-23T18:00:00.412Z'
        _updatedAt = '2025-11-23T18:00:00.412Z'
    }
}

# --- apps ------------------------------------------------------------------------------------

# CRC-32 (IEEE) in [long] arithmetic: PowerShell parses 0xEDB88320 as a negative Int32.
function Get-Crc32Table {
    $t = [long[]]::new(256)
    for ($n = 0; $n -lt 256; $n++) {
        $c = [long]$n
        for ($k = 0; $k -lt 8; $k++) { if (($c -band 1) -ne 0) { $c = [long]3988292384 -bxor ($c -shr 1) } else { $c = $c -shr 1 } }
        $t[$n] = $c
    }
    return , $t
}

function Get-Crc32 {
    param([byte[]] $Bytes, [long[]] $Table)
    $c = [long]4294967295
    foreach ($b in $Bytes) { $c = $Table[($c -bxor $b) -band 0xFF] -bxor ($c -shr 8) }
    return [uint32]($c -bxor [long]4294967295)
}

function ConvertTo-BigEndian {
    param([uint32] $Value)
    return [byte[]](
        (($Value -shr 24) -band 0xFF), (($Value -shr 16) -band 0xFF), (($Value -shr 8) -band 0xFF), ($Value -band 0xFF))
}

function Write-PngChunk {
    param([System.IO.Stream] $Out, [string] $Type, [byte[]] $Data, [long[]] $Table)
    $len = ConvertTo-BigEndian ([uint32]$Data.Length)
    $Out.Write($len, 0, 4)
    $td = [byte[]]([System.Text.Encoding]::ASCII.GetBytes($Type) + $Data)
    $Out.Write($td, 0, $td.Length)
    $crc = ConvertTo-BigEndian (Get-Crc32 $td $Table)
    $Out.Write($crc, 0, 4)
}

# A real 48x48 RGB PNG (app icons are PNG data URLs in iconFileContent).
function New-AppIconPng {
    $w = 48; $h = 48
    $raw = [byte[]]::new($h * (1 + $w * 3))
    $i = 0
    for ($y = 0; $y -lt $h; $y++) {
        $raw[$i++] = 0
        for ($x = 0; $x -lt $w; $x++) {
            $inRing = (($x - 24) * ($x - 24) + ($y - 24) * ($y - 24)) -lt 400
            $noise = Get-RandomInt 0 24
            $raw[$i++] = [byte]$(if ($inRing) { 36 + $noise } else { 245 })
            $raw[$i++] = [byte]$(if ($inRing) { 41 + $noise } else { 245 })
            $raw[$i++] = [byte]$(if ($inRing) { 46 + $noise } else { 245 })
        }
    }
    $z = [System.IO.MemoryStream]::new()
    $zs = [System.IO.Compression.ZLibStream]::new($z, [System.IO.Compression.CompressionLevel]::Optimal)
    $zs.Write($raw, 0, $raw.Length); $zs.Dispose()
    $table = Get-Crc32Table
    $png = [System.IO.MemoryStream]::new()
    $sig = [byte[]](0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)
    $png.Write($sig, 0, 8)
    $ihdr = [byte[]]((ConvertTo-BigEndian ([uint32]$w)) + (ConvertTo-BigEndian ([uint32]$h)) + [byte[]](8, 2, 0, 0, 0))
    Write-PngChunk $png 'IHDR' $ihdr $table
    Write-PngChunk $png 'IDAT' $z.ToArray() $table
    Write-PngChunk $png 'IEND' ([byte[]]::new(0)) $table
    return 'data:image/png;base64,' + [Convert]::ToBase64String($png.ToArray())
}

function New-App {
    param([string] $Id, [string] $Name, [string] $Version, [string] $Status, $Author, [string] $Description, [string] $RequiredApi = '^1.44.0', [object[]] $Permissions = @(), [bool] $Private = $false, [hashtable] $Extra = @{})
    $a = [ordered]@{
        id = $Id; name = $Name; nameSlug = $Name.ToLowerInvariant() -replace '[^a-z0-9]+', '-'; version = $Version
        description = $Description; requiredApiVersion = $RequiredApi; author = $Author
        classFile = ($Name -replace '[^A-Za-z0-9]', '') + 'App.js'; iconFile = 'icon.png'; implements = @()
    }
    if ($Extra['Icon']) { $a['iconFileContent'] = $Extra['Icon'] }
    if ($Permissions.Count -gt 0) { $a['permissions'] = @(foreach ($p in $Permissions) { [ordered]@{ name = $p } }) }
    $a['status'] = $Status
    $a['languages'] = [ordered]@{}
    $a['private'] = $Private
    $a['migrated'] = -not $Private
    if ($Extra['Cluster']) { $a['clusterStatus'] = $Extra['Cluster'] }
    if ($Extra['License']) { $a['licenseValidation'] = $Extra['License'] }
    return $a
}

function New-SampleApps {
    $rc = [ordered]@{ name = 'Rocket.Chat'; homepage = 'https://rocket.chat'; support = 'https://rocket.chat/support' }
    return @(
        (New-App '5a6f9c3e-1b2d-4e8f-9a7c-3d2e1f0b4c5a' 'GitHub' '1.5.1' 'auto_enabled' $rc 'Link GitHub issues and pull requests to Rocket.Chat rooms.' '^1.44.0' @('slashcommand', 'networking', 'api', 'persistence') $false @{ Icon = (New-AppIconPng) }),
        (New-App '1ddc4f9e-ef01-4458-9318-a10d3d098ce0' 'Configuration Server' '0.0.1' 'manually_enabled' ([ordered]@{ name = 'Fabrikam IT'; homepage = ''; support = '' }) 'Internal configuration bridge.' '^1.33.0' @('networking', 'server-setting.read') $true),
        (New-App '0c8e1d52-4a7b-4f3e-b1d9-6e5f2a8c7b40' 'Remind Me' '2.1.0' 'manually_enabled' 'Rocket.Chat Community' 'Set reminders for yourself or a room.' '^1.40.0' @('slashcommand', 'scheduler', 'persistence')),
        (New-App 'ab4728ec-613e-472f-a24c-b48a77aacfff' 'Tenor' '1.0.3' 'compiler_error_disabled' $rc 'Search and share GIFs from Tenor.' '^1.44.0' @('slashcommand', 'networking')),
        (New-App '3f0e2b7c-8d9a-4c5e-a1b2-7c6d5e4f3a21' 'Jira Server and Cloud' '2.4.2' 'manually_disabled' $rc 'Jira notifications and issue previews.' '^1.41.0' @('networking', 'api', 'ui.interact')),
        (New-App '7b2d9e4f-0a1c-4d6e-8f3b-5c9a1e2d7f60' 'WhatsApp Cloud' '1.8.0' 'invalid_license_disabled' $rc 'WhatsApp Business Cloud API for Omnichannel.' '^1.44.0' @('livechat-message.write', 'networking', 'api') $false @{ License = [ordered]@{ errors = [ordered]@{ license = 'The app license is expired or does not match this workspace.' }; warnings = [ordered]@{} } }),
        (New-App '9e8d7c6b-5a4f-4e3d-b2c1-0a9f8e7d6c5b' 'Zoom' '1.2.6' 'error_disabled' $rc 'Zoom meetings from Rocket.Chat.' '^1.44.0' @('slashcommand', 'networking', 'video-conference-provider') $false @{ Cluster = @([ordered]@{ instanceId = $script:NodeId; status = 'error_disabled' }, [ordered]@{ instanceId = $script:SecondNodeId; status = 'auto_enabled' }) }),
        (New-App '2c4e6a8b-0d1f-4a3c-9e5b-7d9f1b3d5e70' 'Giphy' '1.3.0' 'initialized' $rc 'Share GIFs from Giphy.' '^1.44.0' @('slashcommand', 'networking'))
    )
}

function Get-AppCounts {
    param([object[]] $Apps)
    $enabled = 0; $disabled = 0; $errored = 0
    foreach ($a in $Apps) {
        $s = [string]$a['status']
        if ($s -eq 'auto_enabled' -or $s -eq 'manually_enabled') { $enabled++ }
        if ($s -eq 'disabled' -or $s.EndsWith('_disabled', [StringComparison]::Ordinal)) { $disabled++ }
        if ($s -eq 'error_disabled' -or $s -eq 'compiler_error_disabled') { $errored++ }
    }
    return [ordered]@{ Total = $Apps.Count; Enabled = $enabled; Disabled = $disabled; Errored = $errored }
}
