# Dump-file fixtures for input-shape tests (tests/RocketChatAnalyzer.Engine.Tests/Fixtures/dumps/):
# every wrapper the real producers / community tools use, EJSON dates, damaged files and a zip
# with path-traversal entry names. Each file has a <file>.expected.json.

Set-StrictMode -Version 3.0

$script:DumpFixtureDir = ''
$script:DumpReadme = $null

function Write-DumpFixture {
    param([string] $Name, [string] $Text, $Expected, [string] $Description)
    $path = Join-Path $script:DumpFixtureDir $Name
    Write-TextFile -Path $path -Text $Text
    $e = [ordered]@{ File = $Name; Description = $Description }
    foreach ($k in $Expected.Keys) { $e[$k] = $Expected[$k] }
    Write-JsonFile -Path (Join-Path $script:DumpFixtureDir "$Name.expected.json") -Value $e
    $script:DumpReadme.Add([pscustomobject]@{ File = $Name; Kind = $e['Kind']; Description = $Description })
}

function Get-SettingsShapeExpected {
    param([object[]] $Docs, [string] $Shape, $Thresholds)
    $s = Get-SettingsExpected -Docs $Docs -Thresholds $Thresholds
    $e = [ordered]@{ Kind = 'settings'; Shape = $Shape }
    foreach ($k in 'Total', 'SecretIds', 'IdsWithFakeSecretValues', 'MaskedSecretIds', 'WeakSpotIds') { $e[$k] = $s[$k] }
    return $e
}

# A small queue built with the sample-log helpers; returns the items.
function New-SmallQueue {
    param([string] $StartIso, [scriptblock] $Body)
    $script:Queue = [System.Collections.Generic.List[object]]::new()
    $script:NextLogId = 0
    Set-Clock $StartIso
    & $Body
    return , $script:Queue.ToArray()
}

function Get-QueueShapeExpected {
    param([object[]] $Items, [string] $Shape, $Patterns)
    if ($Items.Count -eq 0) {
        return [ordered]@{ Kind = 'log'; Shape = $Shape; QueueItems = 0; TotalEntries = 0; LevelCounts = (New-LevelCounts); FirstTimestamp = $null; LastTimestamp = $null }
    }
    $l = Get-LogExpected -Items $Items -Patterns $Patterns
    return [ordered]@{
        Kind = 'log'; Shape = $Shape; QueueItems = $l.QueueItems; TotalEntries = $l.TotalEntries; LevelCounts = $l.LevelCounts
        FirstTimestamp = $l.FirstTimestamp; LastTimestamp = $l.LastTimestamp; CategoryCounts = $l.CategoryCounts
    }
}

function ConvertTo-QueueJson {
    param([object[]] $Items)
    return @(foreach ($i in $Items) { [ordered]@{ id = $i.Id; string = $i.String; ts = (Format-JsonDate $i.Ts) } })
}

function Add-SmallQueueBody {
    Add-Plain -Text 'LocalStore: store created at '
    Step-Clock 80 120
    Add-MoleculerLine 'INFO' 'BROKER' 'Transporter: TcpTransporter'
    Step-Clock 20 40
    Add-Pino -Level 51 -Name 'DatabaseWatcher' -Fields @('msg', 'Using change streams')
    Step-Clock 30 60
    Add-Pino -Level 30 -Name 'VersionCheck' -Fields @('msg', 'Checking for version updates')
    Step-Clock 900 1500
    Add-Box -Title 'SERVER RUNNING' -Message (Get-ServerRunningMessage)
    for ($i = 0; $i -lt 4; $i++) { Step-Clock 500 3000; Add-HttpLine }
    Step-Clock 500 3000
    Add-Pino -Level 40 -Name 'DeprecationWarning' -Fields @('section', 'API', 'msg', 'The endpoint "/v1/channels.history" is deprecated and will be removed on version 8.0.0')
    Step-Clock 500 3000
    Add-CloudTokenFailure
    Step-Clock 500 3000
    Add-Pino -Level 20 -Name 'OmnichannelQueue' -Fields @('msg', 'Routing method supports auto assignment', 'method', 'Manual_Selection', 'status', 'Stopping')
    Step-Clock 500 3000
    Add-HttpLine
}

function Write-DumpFixtures {
    param([string] $Root, [int] $Seed, $Thresholds)
    Initialize-Random -Seed $Seed
    Initialize-LogCatalogs
    $script:DumpFixtureDir = Join-Path $Root 'tests/RocketChatAnalyzer.Engine.Tests/Fixtures/dumps'
    $script:DumpReadme = [System.Collections.Generic.List[object]]::new()
    $patterns = New-PatternTable -RulesPath (Join-Path $repoRoot 'src/RocketChatAnalyzer.Engine/Rules/analysis-rules.json')
    $all = (Get-SampleSettingDocs).ToArray()
    $byId = @{}
    foreach ($d in $all) { $byId[$d['_id']] = $d }
    $pick = { param([string[]] $ids) @(foreach ($i in $ids) { $byId[$i] }) }

    # --- settings shapes ---
    $subset = & $pick @('Site_Url', 'Log_Level', 'Accounts_TwoFactorAuthentication_Enabled', 'Accounts_RegistrationForm', 'Accounts_AllowAnonymousWrite', 'API_Enable_Rate_Limiter', 'E2E_Enable', 'FileUpload_MaxFileSize', 'FileUpload_Storage_Type', 'LDAP_Timeout', 'LDAP_Connect_Timeout', 'LDAP_Idle_Timeout', 'SMTP_Host', 'SMTP_Password', 'SMTP_Username', 'LDAP_Authentication_UserDN', 'Accounts_OAuth_Nextcloud_secret', 'FileUpload_json_web_token_secret_for_files', 'FileUpload_S3_AWSSecretAccessKey', 'Message_MaxAllowedSize', 'Layout_Home_Body')
    Write-DumpFixture 'settings-bare-array.json' ((ConvertTo-JsonText $subset 2) + "`n") (Get-SettingsShapeExpected $subset 'array' $Thresholds) 'Full ISetting documents as a bare array (private-settings/get), incl. cleartext and masked secrets, a > Int32 and a non-numeric timeout, HTML in a code setting.'

    $rest = @(foreach ($d in $subset) {
            $o = [ordered]@{ _id = $d['_id']; value = $d['value'] }
            if ($d.Contains('hasValue')) { $o['value'] = '' }
            $o
        })
    $restDoc = [ordered]@{ settings = $rest; count = $rest.Count; offset = 0; total = $rest.Count; success = $true }
    Write-DumpFixture 'settings-rest.json' ((ConvertTo-JsonText $restDoc 2) + "`n") (Get-SettingsShapeExpected $rest 'rest' $Thresholds) 'GET /api/v1/settings shape: {settings:[{_id,value}],count,offset,total,success}. No type/secret flags, so secrets can only be recognised by id.'

    # mongoexport --jsonArray (relaxed EJSON): dates as {"$date":"..."}; hidden Cloud_Workspace_* present.
    $ejsonDocs = [System.Collections.Generic.List[object]]::new()
    $hidden = @(
        (New-SettingDoc -Id 'Cloud_Workspace_Client_Id' -Type 'string' -Group 'Setup_Wizard' -Value "$($script:SecretMarker)-client-6d1e" -PackageValue '' -Extra @{ Section = 'Cloud_Info'; Secret = $true; Hidden = $true }),
        (New-SettingDoc -Id 'Cloud_Workspace_Client_Secret' -Type 'string' -Group 'Setup_Wizard' -Value "$($script:SecretMarker)-cloud-secret-91af" -PackageValue '' -Extra @{ Section = 'Cloud_Info'; Secret = $true; Hidden = $true }),
        (New-SettingDoc -Id 'Cloud_Workspace_Access_Token' -Type 'string' -Group 'Setup_Wizard' -Value "$($script:SecretMarker)-access-token-3c7b" -PackageValue '' -Extra @{ Section = 'Cloud_Info'; Secret = $true; Hidden = $true }),
        (New-SettingDoc -Id 'Cloud_Workspace_Id' -Type 'string' -Group 'Setup_Wizard' -Value "$($script:SecretMarker)-ws-6617c2e1" -PackageValue '' -Extra @{ Section = 'Cloud_Info'; Secret = $true; Hidden = $true })
    )
    foreach ($d in ((& $pick @('Site_Url', 'Log_Level', 'SMTP_Password', 'Accounts_TwoFactorAuthentication_Enabled', 'E2E_Enable', 'Livechat_enabled', 'Livechat_Routing_Method')) + $hidden)) {
        $c = [ordered]@{}
        foreach ($k in $d.Keys) {
            $c[$k] = if ($k -in 'ts', 'createdAt', '_updatedAt') { [ordered]@{ '$date' = $d[$k] } } else { $d[$k] }
        }
        $ejsonDocs.Add($c)
    }
    $lines = @(foreach ($d in $ejsonDocs) { ConvertTo-JsonText $d })
    Write-DumpFixture 'settings-mongoexport.json' ('[' + ($lines -join ",`n") + "]`n") (Get-SettingsShapeExpected $ejsonDocs.ToArray() 'mongoexport-ejson' $Thresholds) 'mongoexport --jsonArray of rocketchat_settings: relaxed EJSON dates {"$date":"..."}, one document per line, hidden Cloud_Workspace_* secrets that the APIs never return.'

    $malformed = (ConvertTo-JsonText (& $pick @('Site_Url', 'Log_Level', 'E2E_Enable', 'SMTP_Host')) 2)
    # Remove the comma between the 2nd and 3rd document: a typical hand-edit mistake.
    $cut = $malformed.IndexOf("},`n  {", $malformed.IndexOf("},`n  {") + 1)
    $malformed = $malformed.Substring(0, $cut + 1) + $malformed.Substring($cut + 2)
    $errorLine = 0
    try { [void][System.Text.Json.JsonDocument]::Parse($malformed) }
    catch { $errorLine = [int]$_.Exception.InnerException.LineNumber + 1 }
    if ($errorLine -ne ($malformed.Substring(0, $cut + 1) -split "`n").Count + 1) { throw "settings-malformed.json: parser error line $errorLine is not the line after the removed comma" }
    Write-DumpFixture 'settings-malformed.json' ($malformed + "`n") ([ordered]@{ Kind = 'settings'; Shape = 'invalid-json'; Valid = $false; ExpectDiagnostic = $true; ErrorNearLine = $errorLine; DocumentsBeforeError = 2 }) 'A settings array with the comma between the 2nd and 3rd document removed (invalid JSON).'

    # --- apps shapes ---
    $apps = New-SampleApps
    foreach ($a in $apps) { if ($a.Contains('iconFileContent')) { $a.Remove('iconFileContent') } }
    Write-DumpFixture 'apps-bare-array.json' ((ConvertTo-JsonText $apps 2) + "`n") ([ordered]@{ Kind = 'apps'; Shape = 'array' } + (Get-AppsExpected $apps)) 'The installed apps as a bare array (no wrapper), every AppStatus family, a string author, licenseValidation, clusterStatus.'
    $three = @($apps[0], $apps[3], $apps[7])
    Write-DumpFixture 'apps-wrapped.json' ((ConvertTo-JsonText ([ordered]@{ apps = $three }) 2) + "`n") ([ordered]@{ Kind = 'apps'; Shape = 'apps-wrapper' } + (Get-AppsExpected $three)) '{apps:[...]} without the success flag.'

    # --- statistics shapes ---
    $stats = New-SampleStatistics
    $small = [ordered]@{}
    foreach ($k in @('_id', 'uniqueId', 'installedAt', 'version', 'totalUsers', 'activeUsers', 'onlineUsers', 'awayUsers', 'busyUsers', 'offlineUsers', 'totalRooms', 'totalChannels', 'totalPrivateGroups', 'totalDirect', 'totalLivechat', 'totalMessages', 'os', 'process', 'deploy', 'migration', 'instanceCount', 'oplogEnabled', 'msEnabled', 'mongoVersion', 'mongoStorageEngine', 'apps', 'uploadsTotal', 'uploadsTotalSize', 'pushQueue', 'uncaughtExceptionsCount', 'enterpriseReady', 'livechatEnabled', 'routingAlgorithm', 'createdAt')) { $small[$k] = $stats[$k] }
    # A small single-instance 6.x workspace: Apps-Engine not initialised (apps.* = false), migration
    # locked, oplog off, MongoDB 4.4.
    $small['version'] = '6.13.1'
    $small['totalUsers'] = 48; $small['activeUsers'] = 41; $small['onlineUsers'] = 9; $small['awayUsers'] = 3; $small['busyUsers'] = 0; $small['offlineUsers'] = 36
    $small['totalRooms'] = 312; $small['totalChannels'] = 14; $small['totalPrivateGroups'] = 22; $small['totalDirect'] = 276; $small['totalLivechat'] = 0; $small['totalMessages'] = 58211
    $small['os'] = [ordered]@{ type = 'Linux'; platform = 'linux'; arch = 'arm64'; release = '6.1.0-18-arm64'; uptime = 412.7; loadavg = @(0.41, 0.22, 0.09); totalmem = [long]4294967296; freemem = [long]2684354560; cpus = @([ordered]@{ model = 'Neoverse-N1'; speed = 0; times = [ordered]@{ user = 91230; nice = 0; sys = 30110; idle = 4012330; irq = 0 } }, [ordered]@{ model = 'Neoverse-N1'; speed = 0; times = [ordered]@{ user = 88120; nice = 0; sys = 29870; idle = 4019920; irq = 0 } }) }
    $small['process'] = [ordered]@{ nodeVersion = 'v14.21.3'; pid = 1; uptime = 398.1 }
    $small['migration'] = [ordered]@{ _id = 'control'; locked = $true; version = 306; buildAt = '2024-11-04T12:00:00.000Z'; lockedAt = '2025-11-23T08:01:12.410Z' }
    $small['instanceCount'] = 1; $small['oplogEnabled'] = $false; $small['mongoVersion'] = '4.4.29'
    $small['apps'] = [ordered]@{ engineVersion = '1.47.0'; totalInstalled = $false; totalActive = $false; totalFailed = $false; totalPrivateApps = $false; totalPrivateAppsEnabled = $false }
    $small['uploadsTotal'] = 910; $small['uploadsTotalSize'] = [long]1288490188; $small['uncaughtExceptionsCount'] = 0; $small['livechatEnabled'] = $false; $small['routingAlgorithm'] = 'Auto_Selection'
    $smallExp = Get-StatisticsExpected -Stats $small -Thresholds $Thresholds
    $smallExp['AppsTotalInstalled'] = $null; $smallExp['AppsTotalActive'] = $null; $smallExp['AppsTotalFailed'] = $null
    Write-DumpFixture 'statistics-nested.json' ((ConvertTo-JsonText ([ordered]@{ statistics = $small }) 2) + "`n") ([ordered]@{ Kind = 'statistics'; Shape = 'statistics-wrapper'; AppsCountsAreFalse = $true } + $smallExp) '{statistics:{...}} wrapper; a small 6.13.1 single instance: apps.total* = false (Apps-Engine not initialised), migration locked, oplog off, MongoDB 4.4.'

    $flat = [ordered]@{}
    foreach ($k in $stats.Keys) { $flat[$k] = $stats[$k] }
    $flat['success'] = $true
    $flat.Remove('cpus')
    Write-DumpFixture 'statistics-success.json' ((ConvertTo-JsonText $flat) + "`n") ([ordered]@{ Kind = 'statistics'; Shape = 'flat-success'; Compact = $true } + (Get-StatisticsExpected -Stats $stats -Thresholds $Thresholds)) 'GET /api/v1/statistics response saved compactly on one line (curl): flat IStats plus "success": true.'

    $ej = [ordered]@{}
    foreach ($k in $small.Keys) { $ej[$k] = $small[$k] }
    $toDate = { param($iso) [ordered]@{ '$date' = [DateTimeOffset]::Parse($iso, [cultureinfo]::InvariantCulture).ToUnixTimeMilliseconds() } }
    $ej['installedAt'] = & $toDate $small['installedAt']
    $ej['createdAt'] = & $toDate $small['createdAt']
    $ej['migration'] = [ordered]@{ _id = 'control'; locked = $true; version = 306; buildAt = (& $toDate '2024-11-04T12:00:00.000Z'); lockedAt = (& $toDate '2025-11-23T08:01:12.410Z') }
    $ejExp = [ordered]@{ Kind = 'statistics'; Shape = 'ejson-dates'; InstalledAt = $small['installedAt']; CreatedAt = $small['createdAt']; MigrationLocked = $true; Version = '6.13.1' }
    Write-DumpFixture 'statistics-ejson-dates.json' ((ConvertTo-JsonText $ej 2) + "`n") $ejExp 'IStats as delivered over DDP (Meteor EJSON): dates are {"$date": <epoch ms>}.'

    # --- comprehensive single file ---
    $compSettings = & $pick @('Site_Url', 'Log_Level', 'Accounts_TwoFactorAuthentication_Enabled', 'API_Enable_Rate_Limiter', 'SMTP_Password', 'E2E_Enable')
    $comp = [ordered]@{ settings = $compSettings; statistics = $small }
    $compExp = [ordered]@{
        Kind = 'comprehensive'
        Settings = (Get-SettingsShapeExpected $compSettings 'array' $Thresholds)
        Statistics = $smallExp
    }
    Write-DumpFixture 'comprehensive-dump.json' ((ConvertTo-JsonText $comp 2) + "`n") $compExp 'One file with a "settings" array and a "statistics" object (the community tool''s "comprehensive dump"): both sections must be read from the same file.'

    # --- omnichannel shapes ---
    $omni = & $pick @('Livechat_enabled', 'Livechat_Routing_Method', 'Livechat_display_offline_form', 'Livechat_offline_form_unavailable', 'Livechat_secret_token', 'Livechat_waiting_queue', 'Livechat_maximum_chats_per_agent')
    $omniExp = Get-OmnichannelExpected -Docs $omni
    Write-DumpFixture 'omnichannel-config.json' ((ConvertTo-JsonText ([ordered]@{ config = [ordered]@{ settings = $omni } }) 2) + "`n") ([ordered]@{ Kind = 'omnichannel'; Shape = 'config-settings-wrapper' } + $omniExp) '{config:{settings:[...]}} — one of the omnichannel shapes the community tools accept.'

    # --- log shapes ---
    $items = New-SmallQueue -StartIso '2025-11-23T13:23:30.700Z' -Body { Add-SmallQueueBody }
    Write-DumpFixture 'log-missing-success.json' ((ConvertTo-JsonText ([ordered]@{ queue = (ConvertTo-QueueJson $items) }) 2) + "`n") (Get-QueueShapeExpected $items 'queue-without-success' $patterns) 'stdout.queue response without the success flag.'

    # Bare array; pre-pino items use 17-character Meteor ids and the Meteor-formatted ANSI string (#16364).
    $items = New-SmallQueue -StartIso '2020-01-28T20:59:12.004Z' -Body {
        $script:LogHost = 'rocketchat'
        Add-AnsiMeteorItem 'I' 'server.js:204 Meteor ➔ method stream -> userId: hFxd3qZ2jKvX9rNpT , arguments: {"0":"notify-user"}'
        Step-Clock 200 900
        Add-AnsiMeteorItem 'I' 'LocalStore: store created at '
        Step-Clock 200 900
        Add-AnsiMeteorItem 'W' 'server.js:204 DeprecationWarning ➔ warn The method "getUsersOfRoom" is deprecated'
        Step-Clock 200 900
        Add-AnsiMeteorItem 'E' 'server.js:204 System ➔ error Error sending push to gateway (2 try) -> { Error: connect ETIMEDOUT 34.120.9.8:443 }'
        Step-Clock 200 900
        Add-AnsiMeteorItem 'D' 'server.js:204 API ➔ debug GET: /api/v1/me'
        $script:LogHost = '17b86b468354'
    }
    Register-CorpusUse 130 -Use 'Fixtures/dumps/log-bare-array.json'
    for ($i = 0; $i -lt $items.Count; $i++) { $items[$i].Id = New-MeteorId }
    Write-DumpFixture 'log-bare-array.json' ((ConvertTo-JsonText (ConvertTo-QueueJson $items) 2) + "`n") (Get-QueueShapeExpected $items 'bare-array' $patterns) 'A bare array of queue items from a 3.x server (#16364 shape): 17-character Meteor ids, every string Meteor-formatted with ANSI colours.'

    Write-DumpFixture 'log-empty-queue.json' ("{`n  `"queue`": [],`n  `"success`": true`n}`n") (Get-QueueShapeExpected @() 'queue' $patterns) 'An empty queue (the server had just restarted).'

    # {logs:[...]} with "standard" entries (the community tool's other log shape).
    $std = @(
        [ordered]@{ timestamp = '2025-11-23T09:00:00.000Z'; level = 'info'; message = 'Server started' },
        [ordered]@{ timestamp = '2025-11-23T09:00:01.250Z'; level = 'debug'; message = 'Loading settings from database' },
        [ordered]@{ timestamp = '2025-11-23T09:00:02.100Z'; level = 'trace'; message = 'Tick' },
        [ordered]@{ timestamp = '2025-11-23T09:05:10.000Z'; level = 'warn'; message = 'Slow query detected on rocketchat_message' },
        [ordered]@{ timestamp = '2025-11-23T09:06:00.000Z'; level = 'warning'; message = 'Rate limit reached for user anna.kowalska' },
        [ordered]@{ timestamp = '2025-11-23T09:07:30.000Z'; level = 'error'; message = 'MongoDB error: connection refused to mongo:27017' },
        [ordered]@{ timestamp = '2025-11-23T09:08:00.000Z'; level = 'ERROR'; message = 'Authentication failed for user admin' },
        [ordered]@{ timestamp = '2025-11-23T09:09:00.000Z'; level = 'fatal'; message = 'Uncaught exception in method sendMessage' },
        [ordered]@{ timestamp = '2025-11-23T09:10:00.000Z'; level = 50; message = 'Numeric level in a standard entry' },
        [ordered]@{ timestamp = '2025-11-23T09:11:00.000Z'; level = 'notice-ish'; message = 'Unrecognised level word' },
        [ordered]@{ timestamp = '2025-11-23T09:12:00.000Z'; message = 'No level at all' },
        [ordered]@{ level = 'info'; message = 'No timestamp at all' }
    )
    $stdClassified = [System.Collections.Generic.List[object]]::new()
    foreach ($x in $std) { $t = ConvertTo-JsonText $x; $stdClassified.Add([pscustomobject](Read-EntryText -FirstText $t -WholeText $t)) }
    $m = Measure-Entries -Classified $stdClassified -Patterns $patterns
    Write-DumpFixture 'log-standard-entries.json' ((ConvertTo-JsonText ([ordered]@{ logs = $std }) 2) + "`n") ([ordered]@{ Kind = 'log'; Shape = 'logs-wrapper'; TotalEntries = $m.TotalEntries; LevelCounts = $m.LevelCounts; FirstTimestamp = $m.FirstTimestamp; LastTimestamp = $m.LastTimestamp; EntriesWithoutTimestamp = $m.EntriesWithoutTimestamp; PatternCounts = $m.PatternCounts; CategoryCounts = $m.CategoryCounts }) '{logs:[{timestamp,level,message}]}: string levels in several spellings and cases, a numeric level, an unknown word, a missing level, a missing timestamp.'

    # Truncated: the download stopped in the middle of an item.
    $items = New-SmallQueue -StartIso '2025-11-23T14:10:00.000Z' -Body { Add-SmallQueueBody }
    $full = ConvertTo-JsonText ([ordered]@{ queue = (ConvertTo-QueueJson $items); success = $true }) 2
    $keep = 20
    $marker = '"id": "' + $items[$keep].Id + '"'
    $at = $full.IndexOf($marker)
    $stringAt = $full.IndexOf('"string": "', $at) + 30
    $truncated = $full.Substring(0, $stringAt)
    $complete = $items[0..($keep - 1)]
    $te = Get-QueueShapeExpected $complete 'queue-truncated' $patterns
    $te['ExpectDiagnostic'] = $true
    $te['CompleteItemsBeforeCut'] = $keep
    $te['ItemsInOriginal'] = $items.Count
    $te['CutAtByte'] = [System.Text.Encoding]::UTF8.GetByteCount($truncated)
    $te['Note'] = 'Counts cover the complete items only; what an analyzer does with the partial item is up to it (it must report a Diagnostic).'
    Write-TextFile -Path (Join-Path $script:DumpFixtureDir 'log-truncated.json') -Text $truncated
    $te2 = [ordered]@{ File = 'log-truncated.json'; Description = 'A stdout.queue download cut in the middle of item 21 (no closing brackets, no final newline).' }
    foreach ($k in $te.Keys) { $te2[$k] = $te[$k] }
    Write-JsonFile -Path (Join-Path $script:DumpFixtureDir 'log-truncated.json.expected.json') -Value $te2
    $script:DumpReadme.Add([pscustomobject]@{ File = 'log-truncated.json'; Kind = 'log'; Description = $te2.Description })

    # --- zip with path-traversal names ---
    $zItems = New-SmallQueue -StartIso '2025-11-23T15:00:00.000Z' -Body { Add-SmallQueueBody }
    $zSettings = & $pick @('Site_Url', 'Log_Level', 'E2E_Enable', 'SMTP_Password')
    $utf8 = [System.Text.UTF8Encoding]::new($false)
    $entries = @(
        [pscustomobject]@{ Name = '7.8.0-support-dump/7.8.0-log.json'; Bytes = $utf8.GetBytes((ConvertTo-JsonText ([ordered]@{ queue = (ConvertTo-QueueJson $zItems); success = $true }) 2) + "`n") },
        [pscustomobject]@{ Name = '7.8.0-support-dump/7.8.0-settings.json'; Bytes = $utf8.GetBytes((ConvertTo-JsonText $zSettings 2) + "`n") },
        [pscustomobject]@{ Name = '../evil.json'; Bytes = $utf8.GetBytes("{`"queue`":[{`"id`":`"logid-0`",`"string`":`"written outside the extraction folder`\n`",`"ts`":`"2025-11-23T15:00:00.000Z`"}],`"success`":true}`n") },
        [pscustomobject]@{ Name = '7.8.0-support-dump/../../evil-settings.json'; Bytes = $utf8.GetBytes("[{`"_id`":`"Site_Url`",`"value`":`"https://evil.example`"}]`n") },
        [pscustomobject]@{ Name = '/tmp/evil-absolute.json'; Bytes = $utf8.GetBytes("[]`n") }
    )
    Write-ZipFile -Path (Join-Path $script:DumpFixtureDir 'dump-zip-slip.zip') -Entries $entries
    $zl = Get-QueueShapeExpected $zItems 'queue' $patterns
    $zipExp = [ordered]@{
        File = 'dump-zip-slip.zip'
        Description = 'A dump zip whose entry names try to escape the extraction folder (../evil.json, 7.8.0-support-dump/../../evil-settings.json, /tmp/evil-absolute.json) next to two legitimate files.'
        Kind = 'zip'
        Entries = @(foreach ($x in $entries) { $x.Name })
        SafeEntries = @('7.8.0-support-dump/7.8.0-log.json', '7.8.0-support-dump/7.8.0-settings.json')
        UnsafeEntries = @('../evil.json', '7.8.0-support-dump/../../evil-settings.json', '/tmp/evil-absolute.json')
        ExpectDiagnosticPerUnsafeEntry = $true
        Log = $zl
        Settings = (Get-SettingsShapeExpected $zSettings 'array' $Thresholds)
    }
    Write-JsonFile -Path (Join-Path $script:DumpFixtureDir 'dump-zip-slip.zip.expected.json') -Value $zipExp
    $script:DumpReadme.Add([pscustomobject]@{ File = 'dump-zip-slip.zip'; Kind = 'zip'; Description = $zipExp.Description })

    $sb = [System.Text.StringBuilder]::new()
    [void]$sb.AppendLine('# Dump-shape fixtures')
    [void]$sb.AppendLine()
    [void]$sb.AppendLine('Generated by `tools/New-SampleDump.ps1` — do not edit by hand. Each file has `<file>.expected.json`')
    [void]$sb.AppendLine('with values from the generator''s own model (rules: `docs/SAMPLES.md`). Document shapes follow')
    [void]$sb.AppendLine('`shared/reference/ROCKETCHAT-FORMATS.md` §1 and §3-§7 and the wrappers the community tools accept')
    [void]$sb.AppendLine('(ORIGINAL-ANALYZER §2.3). Values are the sample workspace''s (synthetic; fake secrets contain `FAKE-SECRET`);')
    [void]$sb.AppendLine('`log-bare-array.json` follows the pre-pino item of issue #16364 (corpus line 130 is the same era).')
    [void]$sb.AppendLine()
    [void]$sb.AppendLine('| file | kind | what it is |')
    [void]$sb.AppendLine('|---|---|---|')
    foreach ($r in $script:DumpReadme) { [void]$sb.AppendLine("| ``$($r.File)`` | $($r.Kind) | $($r.Description -replace '\|', '\|') |") }
    Write-TextFile -Path (Join-Path $script:DumpFixtureDir 'README.md') -Text $sb.ToString()
}
