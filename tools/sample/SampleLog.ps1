# Builds the stdout.queue of the sample dump (7.8.0-log.json): a Rocket.Chat 7.8.0 container
# ("17b86b468354", the host of issue #37261) that started at 2025-11-23T13:23:30Z and ran for about
# five hours. Every queue item records the level the generator INTENDED for it ('join' for items that
# continue the previous entry, 'blank' for empty writes); the reference model (LogModel.ps1) later
# re-reads the written text and the generator fails if the two disagree.

Set-StrictMode -Version 3.0

$script:Queue = $null
$script:Clock = [datetime]::MinValue
$script:NextLogId = 0
$script:LogHost = '17b86b468354'
$script:NodeId = '54b0c67e-7726-4bdd-b8b9-7c46cf5dc2cb'
$script:SiteHost = 'chat.fabrikam.example'
$script:SiteUrl = 'https://chat.fabrikam.example'

function Add-QueueItem {
    param([AllowEmptyString()][string] $Text, [string] $Intended, [int] $TsDelayMs = 0)
    $item = [pscustomobject]@{
        Id = 'logid-' + $script:NextLogId
        String = $Text + "`n"
        Ts = $script:Clock.AddMilliseconds($TsDelayMs)
        Intended = $Intended
    }
    $script:NextLogId++
    $script:Queue.Add($item)
}

function Step-Clock {
    param([int] $MinMs, [int] $MaxMs)
    $script:Clock = $script:Clock.AddMilliseconds((Get-RandomInt $MinMs $MaxMs))
}

function Set-Clock {
    param([string] $Iso)
    $script:Clock = [DateTimeOffset]::Parse($Iso, [cultureinfo]::InvariantCulture).UtcDateTime
}

# One pino line: level, time, pid, hostname, name, then $Fields as key/value pairs in order
# (keys may repeat, as in real pino output).
function New-PinoText {
    param([int] $Level, [datetime] $Time, [string] $Name, [object[]] $Fields = @(), [string] $HostName, [int] $ProcessId = 1, [switch] $EpochTime)
    $p = [JsonPairs]::new()
    [void]$p.Add('level', $Level)
    if ($EpochTime) { [void]$p.Add('time', [DateTimeOffset]::new($Time).ToUnixTimeMilliseconds()) }
    else { [void]$p.Add('time', (Format-JsonDate $Time)) }
    [void]$p.Add('pid', $ProcessId)
    [void]$p.Add('hostname', $HostName)
    [void]$p.Add('name', $Name)
    for ($i = 0; $i -lt $Fields.Count; $i += 2) { [void]$p.Add([string]$Fields[$i], $Fields[$i + 1]) }
    return ConvertTo-JsonText $p
}

# A pino line in the queue; the queue ts is 1-4 ms after the pino time, as in a real stdout hook.
function Add-Pino {
    param([int] $Level, [string] $Name, [object[]] $Fields = @(), [switch] $EpochTime)
    $text = New-PinoText -Level $Level -Time $script:Clock -Name $Name -Fields $Fields -HostName $script:LogHost -EpochTime:$EpochTime
    Add-QueueItem -Text $text -Intended (Get-LevelFromNumber $Level) -TsDelayMs (Get-RandomInt 1 5)
}

function Add-Plain {
    param([string] $Text, [string] $Intended = 'Unknown')
    Add-QueueItem -Text $Text -Intended $Intended -TsDelayMs 0
}

# pino's std error serializer: {type, message, stack, ...enumerable own props}.
function New-PinoErr {
    param([string] $Type, [string] $Message, [string[]] $Frames, [object[]] $Extra = @(), [string] $StackHead)
    if (-not $StackHead) { $StackHead = "${Type}: $Message" }
    $stack = $StackHead
    foreach ($f in $Frames) { $stack += "`n    at $f" }
    $e = [JsonPairs]::new()
    [void]$e.Add('type', $Type)
    [void]$e.Add('message', $Message)
    [void]$e.Add('stack', $stack)
    for ($i = 0; $i -lt $Extra.Count; $i += 2) { [void]$e.Add([string]$Extra[$i], $Extra[$i + 1]) }
    return $e
}

function Format-MeteorPrefix {
    param([string] $Letter, [datetime] $Time)
    return $Letter + $Time.ToString('yyyyMMdd-HH:mm:ss.fff', [cultureinfo]::InvariantCulture) + '(0) '
}

function Format-MoleculerTime {
    return '[' + (Format-JsonDate $script:Clock) + ']'
}

# showBox() of apps/meteor/server/lib/logger/showBox.ts: one console.log per box line.
function Get-BoxLines {
    param([string] $Title, [string[]] $Message)
    $len = $Title.Length
    foreach ($m in $Message) { if ($m.Length -gt $len) { $len = $m.Length } }
    $top = '+--' + ('-' * $len) + '--+'
    $sep = '|  ' + (' ' * $len) + '  |'
    $lines = [System.Collections.Generic.List[string]]::new()
    $lines.Add($top)
    $left = [int][math]::Floor(($len - $Title.Length) / 2)
    $lines.Add('|  ' + (' ' * $left) + $Title + (' ' * ($len - $Title.Length - $left)) + '  |')
    $lines.Add($top)
    $lines.Add($sep)
    foreach ($m in $Message) { $lines.Add('|  ' + $m.PadRight($len) + '  |') }
    $lines.Add($sep)
    $lines.Add($top)
    return $lines.ToArray()
}

function Add-Box {
    param([string] $Title, [string[]] $Message, [string] $FirstIntended = 'Unknown')
    $lines = Get-BoxLines -Title $Title -Message $Message
    $first = $true
    foreach ($l in $lines) {
        Add-Plain -Text $l -Intended $(if ($first) { $FirstIntended } else { 'join' })
        $first = $false
    }
}

function Get-ServerRunningMessage {
    param([string] $Version = '7.8.0', [string] $Node = '22.16.0', [string] $Mongo = '5.0.24', [string] $SiteUrl = $script:SiteUrl, [string] $OpLog = 'Enabled', [string] $Commit = '3a9e1c7b42')
    return @(
        "Rocket.Chat Version: $Version",
        "     NodeJS Version: $Node - x64",
        "    MongoDB Version: $Mongo",
        '     MongoDB Engine: wiredTiger',
        '           Platform: linux',
        '       Process Port: 3000',
        "           Site URL: $SiteUrl",
        "   ReplicaSet OpLog: $OpLog",
        "        Commit Hash: $Commit",
        '      Commit Branch: HEAD'
    )
}

# --------------------------------------------------------------------------------------------
# Catalogs (users, clients, endpoints)
# --------------------------------------------------------------------------------------------

$script:Users = $null
$script:Rooms = $null

function Initialize-LogCatalogs {
    $names = @(
        @('anna.kowalska', 'Anna Kowalska'), @('ben.okafor', 'Ben Okafor'), @('chen.wei', 'Chén Wěi'),
        @('diego.ramirez', 'Diego Ramírez'), @('elif.yilmaz', 'Elif Yılmaz'), @('farah.haddad', 'Farah Haddad'),
        @('gustav.lindqvist', 'Gustav Lindqvist'), @('hana.sato', '佐藤 花'), @('ivan.petrov', 'Иван Петров'),
        @('jasmin.becker', 'Jasmin Becker'), @('kofi.mensah', 'Kofi Mensah'), @('lucia.romano', 'Lucia Romano'),
        @('mateo.silva', 'Mateo Silva'), @('nora.nielsen', 'Nora Nielsen'), @('omar.aziz', 'Omar Aziz'),
        @('priya.nair', 'Priya Nair'), @('quentin.moreau', 'Quentin Moreau'), @('rosa.jimenez', 'Rosa Jiménez'),
        @('soren.larsen', 'Søren Larsen'), @('tomasz.nowak', 'Tomasz Nowak'), @('uma.patel', 'Uma Patel'),
        @('victor.dubois', 'Victor Dubois'), @('wen.li', 'Wen Li'), @('xenia.popova', 'Xenia Popova'),
        @('yusuf.demir', 'Yusuf Demir'), @('zoe.martin', 'Zoë Martin'), @('jozef.wisniewski', 'Józef Wiśniewski'),
        @('m.schmidt', 'Marie Schmidt'), @('support.lead', 'Support Lead'), @('it.ops', 'IT Operations'),
        @('crm.bot', 'CRM Bot'), @('rocket.cat', 'Rocket.Cat')
    )
    $script:Users = [System.Collections.Generic.List[object]]::new()
    foreach ($n in $names) {
        $script:Users.Add([pscustomobject]@{ Id = (New-MeteorId); Username = $n[0]; Name = $n[1]; IP = ('10.20.{0}.{1}' -f (Get-RandomInt 1 9), (Get-RandomInt 10 250)) })
    }
    $roomNames = @('general', 'support', 'it-ops', 'dev-backend', 'sales-emea', 'kundendienst', 'random', 'release-7-8', 'incident-room', 'hr-announcements')
    $script:Rooms = [System.Collections.Generic.List[object]]::new()
    foreach ($r in $roomNames) { $script:Rooms.Add([pscustomobject]@{ Id = (New-MeteorId); Name = $r }) }
}

$script:Clients = @(
    [pscustomobject]@{ Weight = 40; Kind = 'desktop'; UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Rocket.Chat/4.5.0 Chrome/130.0.6723.191 Electron/33.3.1 Safari/537.36' },
    [pscustomobject]@{ Weight = 25; Kind = 'web'; UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36' },
    [pscustomobject]@{ Weight = 8; Kind = 'web'; UA = 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0' },
    [pscustomobject]@{ Weight = 6; Kind = 'web'; UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Safari/605.1.15' },
    [pscustomobject]@{ Weight = 10; Kind = 'mobile'; UA = 'RC Mobile; android 14; v4.64.0 (6815)' },
    [pscustomobject]@{ Weight = 7; Kind = 'mobile'; UA = 'RC Mobile; ios 18.6; v4.64.0 (6815)' },
    [pscustomobject]@{ Weight = 4; Kind = 'bot'; UA = 'python-requests/2.32.3' }
)

function Get-RefererFor {
    param($Client, [string] $Path = '/home')
    if ($Client.Kind -eq 'mobile' -or $Client.Kind -eq 'bot') { return $null }
    return $script:SiteUrl + $Path
}

function Get-IsoAgo {
    param([int] $MaxMinutes)
    return Format-JsonDate ($script:Clock.AddMilliseconds(-(Get-RandomInt 1000 ($MaxMinutes * 60000))))
}

$script:Endpoints = @(
    [pscustomobject]@{ Weight = 14; Method = 'GET'; Url = { '/api/v1/subscriptions.get?updatedSince=' + (Get-IsoAgo 30) }; Rt = @(8, 60) },
    [pscustomobject]@{ Weight = 12; Method = 'GET'; Url = { '/api/v1/rooms.get?updatedSince=' + (Get-IsoAgo 30) }; Rt = @(6, 45) },
    [pscustomobject]@{ Weight = 10; Method = 'GET'; Url = { '/api/v1/me' }; Rt = @(3, 25) },
    [pscustomobject]@{ Weight = 9; Method = 'GET'; Url = { '/api/v1/users.presence?from=' + (Get-IsoAgo 10) }; Rt = @(5, 40) },
    [pscustomobject]@{ Weight = 8; Method = 'GET'; Url = { $r = Get-RandomItem $script:Rooms; "/api/v1/channels.messages?roomId=$($r.Id)&count=50" }; Rt = @(12, 140) },
    [pscustomobject]@{ Weight = 6; Method = 'POST'; Url = { '/api/v1/method.call/loadHistory' }; Rt = @(15, 180); Length = @(120, 190) },
    [pscustomobject]@{ Weight = 5; Method = 'POST'; Url = { '/api/v1/subscriptions.read' }; Rt = @(9, 50); Length = @(30, 40) },
    [pscustomobject]@{ Weight = 4; Method = 'GET'; Url = { '/api/v1/im.list' }; Rt = @(10, 80) },
    [pscustomobject]@{ Weight = 3; Method = 'GET'; Url = { '/api/v1/permissions.listAll?updatedSince=' + (Get-IsoAgo 60) }; Rt = @(4, 30) },
    [pscustomobject]@{ Weight = 3; Method = 'GET'; Url = { '/api/v1/licenses.info' }; Rt = @(3, 20) },
    [pscustomobject]@{ Weight = 3; Method = 'GET'; Url = { '/api/v1/commands.list' }; Rt = @(4, 25) },
    [pscustomobject]@{ Weight = 3; Method = 'GET'; Url = { '/api/v1/emoji-custom.list?updatedSince=' + (Get-IsoAgo 120) }; Rt = @(4, 30) },
    [pscustomobject]@{ Weight = 3; Method = 'POST'; Url = { '/api/v1/chat.sendMessage' }; Rt = @(25, 260); Length = @(150, 900) },
    [pscustomobject]@{ Weight = 2; Method = 'GET'; Url = { $u = Get-RandomItem $script:Users; "/api/v1/users.info?userId=$($u.Id)" }; Rt = @(4, 30) },
    [pscustomobject]@{ Weight = 2; Method = 'GET'; Url = { $r = Get-RandomItem $script:Rooms; "/api/v1/rooms.info?roomId=$($r.Id)" }; Rt = @(4, 30) },
    [pscustomobject]@{ Weight = 2; Method = 'GET'; Url = { '/api/v1/livechat/inquiries.queuedForUser?department=' }; Rt = @(6, 50) },
    [pscustomobject]@{ Weight = 2; Method = 'GET'; Url = { '/api/info' }; Rt = @(1, 6) },
    [pscustomobject]@{ Weight = 2; Method = 'GET'; Url = { '/api/v1/channels.list?offset=0&count=25' }; Rt = @(15, 120) },
    [pscustomobject]@{ Weight = 1; Method = 'POST'; Url = { $r = Get-RandomItem $script:Rooms; "/api/v1/rooms.media/$($r.Id)" }; Rt = @(200, 2600); Length = @(40000, 9000000) },
    [pscustomobject]@{ Weight = 1; Method = 'GET'; Url = { '/api/v1/statistics' }; Rt = @(600, 2400) }
)

$script:MeteorMethods = @(
    [pscustomobject]@{ Weight = 20; Name = 'loadHistory'; Path = '/channel/general' },
    [pscustomobject]@{ Weight = 14; Name = 'getRoomRoles'; Path = '/channel/support' },
    [pscustomobject]@{ Weight = 12; Name = 'readMessages'; Path = '/home' },
    [pscustomobject]@{ Weight = 10; Name = 'sendMessage'; Path = '/channel/it-ops' },
    [pscustomobject]@{ Weight = 8; Name = 'UserPresence:setDefaultStatus'; Path = '/home' },
    [pscustomobject]@{ Weight = 7; Name = 'setReaction'; Path = '/channel/random' },
    [pscustomobject]@{ Weight = 6; Name = 'spotlight'; Path = '/home' },
    [pscustomobject]@{ Weight = 6; Name = 'loadMissedMessages'; Path = '/group/incident-room' },
    [pscustomobject]@{ Weight = 5; Name = 'getUsersOfRoom'; Path = '/group/dev-backend' },
    [pscustomobject]@{ Weight = 4; Name = 'livechat:takeInquiry'; Path = '/omnichannel' },
    [pscustomobject]@{ Weight = 3; Name = 'getReadReceipts'; Path = '/channel/release-7-8' },
    [pscustomobject]@{ Weight = 2; Name = 'getSetupWizardParameters'; Path = '/home' }
)

$script:Publications = @('stream-notify-user', 'stream-room-messages', 'stream-notify-room', 'stream-notify-logged', 'stream-user-presence', 'meteor.loginServiceConfiguration', 'stream-notify-all')

# --------------------------------------------------------------------------------------------
# Regular events
# --------------------------------------------------------------------------------------------

# REST request log (apps/meteor/app/api/server/middlewares/logger.ts): no msg, level 35.
function Add-HttpLine {
    param($Endpoint, [int] $Status = 200, $Err = $null, [string] $Payload, $User, $Client, [int] $ResponseTime = -1, [string] $Url, [switch] $Anonymous)
    if (-not $Endpoint) { $Endpoint = Get-WeightedItem $script:Endpoints }
    if (-not $Client) { $Client = Get-WeightedItem $script:Clients }
    if (-not $User) { $User = Get-RandomItem $script:Users }
    if (-not $Url) { $Url = & $Endpoint.Url }
    $f = [System.Collections.Generic.List[object]]::new()
    $f.AddRange([object[]]@('method', $Endpoint.Method, 'url', $Url))
    if ($Status -ne 401 -and -not $Anonymous) { $f.AddRange([object[]]@('userId', $User.Id)) }
    $f.AddRange([object[]]@('userAgent', $Client.UA))
    if ($Endpoint.PSObject.Properties['Length']) { $f.AddRange([object[]]@('length', [string](Get-RandomInt $Endpoint.Length[0] $Endpoint.Length[1]))) }
    $f.AddRange([object[]]@('host', $script:SiteHost))
    $ref = Get-RefererFor $Client
    if ($ref) { $f.AddRange([object[]]@('referer', $ref)) }
    $f.AddRange([object[]]@('remoteIP', $User.IP))
    if ($Payload) { $f.AddRange([object[]]@('payload', $Payload)) }
    if ($null -ne $Err) { $f.AddRange([object[]]@('err', $Err)) }
    if ($ResponseTime -lt 0) { $ResponseTime = Get-RandomInt $Endpoint.Rt[0] $Endpoint.Rt[1] }
    $f.AddRange([object[]]@('status', $Status, 'responseTime', $ResponseTime))
    Add-Pino -Level 35 -Name 'API' -Fields $f.ToArray()
}

# DDP method trace (apps/meteor/app/lib/server/lib/debug.js): logger.method({...}), no msg.
function Add-MethodLine {
    param($Method, $User, $Client, [object[]] $Arguments, [switch] $Anonymous)
    if (-not $Method) { $Method = Get-WeightedItem $script:MeteorMethods }
    if (-not $User) { $User = Get-RandomItem $script:Users }
    if (-not $Client) { $Client = Get-WeightedItem $script:Clients }
    $f = [System.Collections.Generic.List[object]]::new()
    # A login call runs before the connection has a user: userId is null.
    $f.AddRange([object[]]@('method', $Method.Name, 'userId', $(if ($Anonymous) { $null } else { $User.Id }), 'userAgent', $Client.UA))
    $ref = Get-RefererFor $Client $Method.Path
    if ($ref) { $f.AddRange([object[]]@('referer', $ref)) }
    $f.AddRange([object[]]@('remoteIP', $User.IP, 'instanceId', $script:NodeId))
    if ($Arguments) { $f.AddRange([object[]]@('arguments', $Arguments)) }
    Add-Pino -Level 35 -Name 'Meteor' -Fields $f.ToArray()
}

function Add-SubscriptionLine {
    $u = Get-RandomItem $script:Users
    $c = Get-WeightedItem $script:Clients
    $f = [System.Collections.Generic.List[object]]::new()
    $f.AddRange([object[]]@('publication', (Get-RandomItem $script:Publications), 'userId', $u.Id, 'userAgent', $c.UA))
    $ref = Get-RefererFor $c
    if ($ref) { $f.AddRange([object[]]@('referer', $ref)) }
    $f.AddRange([object[]]@('remoteIP', $u.IP, 'instanceId', $script:NodeId))
    Add-Pino -Level 35 -Name 'Meteor' -Fields $f.ToArray()
}

$script:DebugEvents = @(
    [pscustomobject]@{ Weight = 6; Run = {
            $u = Get-RandomItem $script:Users; $r = Get-RandomItem $script:Rooms
            Add-Pino -Level 20 -Name 'Push' -Fields @('msg', 'Sending push notification', 'userId', $u.Id, 'roomId', $r.Id, 'tokens', (Get-RandomInt 1 4))
        }
    },
    [pscustomobject]@{ Weight = 4; Run = {
            Add-Pino -Level 20 -Name 'OmnichannelQueue' -Fields @('msg', 'Routing method supports auto assignment', 'method', 'Manual_Selection', 'status', 'Stopping')
        }
    },
    [pscustomobject]@{ Weight = 4; Run = {
            $u = Get-RandomItem $script:Users
            Add-Pino -Level 20 -Name 'LDAP' -Fields @('section', 'Sync', 'msg', "Syncing user data for $($u.Username)", 'displayName', $u.Name)
        }
    },
    [pscustomobject]@{ Weight = 3; Run = {
            $u = Get-RandomItem $script:Users; $from = Get-RandomItem $script:Users
            Add-Pino -Level 20 -Name 'Mailer' -Fields @('msg', 'Sending email', 'to', "$($u.Username)@fabrikam.example", 'subject', "[Fabrikam Chat] New message from $($from.Name)")
        }
    },
    [pscustomobject]@{ Weight = 3; Run = {
            $coll = Get-RandomItem @('rocketchat_subscription', 'rocketchat_room', 'users', 'rocketchat_message', 'rocketchat_settings')
            Add-Pino -Level 20 -Name 'DatabaseWatcher' -Fields @('msg', 'Change stream event', 'collection', $coll, 'operationType', (Get-RandomItem @('update', 'insert', 'update', 'delete')))
        }
    },
    [pscustomobject]@{ Weight = 2; Run = {
            $dept = Get-RandomItem @('Kundendienst Süd', 'Support Ελλάδα', 'Ventas España', 'サポート', 'Service client')
            Add-Pino -Level 20 -Name 'Livechat' -Fields @('msg', "New inquiry queued for department `"$dept`"", 'inquiryId', (New-MeteorId), 'department', (New-MeteorId))
        }
    }
)

$script:InfoEvents = @(
    [pscustomobject]@{ Weight = 4; Run = {
            $agent = Get-RandomItem $script:Users; $dept = Get-RandomItem @('Kundendienst Süd', 'Support Ελλάδα', 'Ventas España', 'サポート')
            Add-Pino -Level 30 -Name 'Livechat' -Fields @('msg', "Chat closed by agent $($agent.Name) in department $dept", 'roomId', (New-MeteorId), 'agentId', $agent.Id)
        }
    },
    [pscustomobject]@{ Weight = 3; Run = {
            $u = Get-RandomItem $script:Users
            Add-Pino -Level 30 -Name 'RateLimiter' -Fields @('msg', 'DDP RATE LIMIT: limit by connectionId per method', 'type', 'method', 'methodName', 'sendMessage', 'userId', $u.Id, 'numInvocationsLeft', 0, 'timeToReset', (Get-RandomInt 1000 60000))
        }
    },
    [pscustomobject]@{ Weight = 2; Run = {
            Add-Pino -Level 30 -Name 'LDAP' -Fields @('section', 'Sync', 'msg', 'LDAP sync finished', 'created', (Get-RandomInt 0 3), 'updated', (Get-RandomInt 20 400), 'failed', 0)
        }
    },
    [pscustomobject]@{ Weight = 2; Run = {
            $u = Get-RandomItem $script:Users
            Add-Pino -Level 30 -Name 'UserPresence' -Fields @('msg', "User $($u.Username) went offline after idle timeout", 'userId', $u.Id)
        }
    },
    [pscustomobject]@{ Weight = 1; Run = {
            Add-Pino -Level 30 -Name 'EmailInbox' -Fields @('msg', 'Clearing old email inbox registrations')
        }
    }
)

$script:DeprecatedEndpoints = @('/v1/channels.history', '/v1/groups.history', '/v1/users.getPresence', '/v1/im.messages.others', '/v1/livechat/room.join')
$script:DeprecatedMethods = @('getUsersOfRoom', 'readMessages', 'livechat:takeInquiry', 'getReadReceipts')

$script:WarnEvents = @(
    [pscustomobject]@{ Weight = 6; Run = {
            Add-Pino -Level 40 -Name 'DeprecationWarning' -Fields @('section', 'API', 'msg', ('The endpoint "{0}" is deprecated and will be removed on version 8.0.0' -f (Get-RandomItem $script:DeprecatedEndpoints)))
        }
    },
    [pscustomobject]@{ Weight = 5; Run = {
            Add-Pino -Level 40 -Name 'DeprecationWarning' -Fields @('section', 'METHOD', 'msg', ('The method "{0}" is deprecated and will be removed on version 8.0.0' -f (Get-RandomItem $script:DeprecatedMethods)))
        }
    },
    [pscustomobject]@{ Weight = 2; Run = {
            Add-Pino -Level 40 -Name 'OmnichannelQueue' -Fields @('msg', 'No agents online, inquiries stay queued', 'queued', (Get-RandomInt 1 9))
        }
    },
    [pscustomobject]@{ Weight = 2; Run = {
            Add-Pino -Level 40 -Name 'LDAP' -Fields @('section', 'Connection', 'msg', 'LDAP connection lost, retrying', 'host', 'ldap.fabrikam.example', 'attempt', (Get-RandomInt 1 4))
        }
    }
)

function New-PushGatewayMessage {
    param([int] $Try)
    $response = [ordered]@{
        response = [ordered]@{
            statusCode = 503
            content = 'upstream connect error or disconnect/reset before headers. reset reason: connection failure'
            headers = [ordered]@{ 'content-length' = '91'; 'content-type' = 'text/plain'; date = $script:Clock.ToString('ddd, dd MMM yyyy HH:mm:ss \G\M\T', [cultureinfo]::InvariantCulture); server = 'envoy' }
        }
    }
    # logger.error('Error sending push to gateway (%s try) -> %j', ...): %j embeds JSON in msg.
    return "Error sending push to gateway ($Try try) -> " + (ConvertTo-JsonText $response)
}

$script:ErrorEvents = @(
    [pscustomobject]@{ Weight = 4; Run = {
            Add-Pino -Level 50 -Name 'Push' -Fields @('msg', (New-PushGatewayMessage (Get-RandomInt 1 6)))
        }
    },
    [pscustomobject]@{ Weight = 3; Run = {
            # Shape of #26735 (LDAP connection timeout; "timeout" is the connect timeout in ms).
            Add-Pino -Level 50 -Name 'LDAP' -Fields @('section', 'Connection', 'msg', 'connection time out', 'timeout', 1000)
            Step-Clock 2 9
            $err = New-PinoErr -Type 'Error' -Message 'Timeout' -Frames @('Timeout._onTimeout (server/lib/ldap/Connection.ts:775:35)', 'listOnTimeout (node:internal/timers:594:17)', 'process.processTimers (node:internal/timers:529:7)')
            Add-Pino -Level 50 -Name 'LDAP' -Fields @('err', $err, 'msg', 'Timeout')
        }
    },
    [pscustomobject]@{ Weight = 2; Run = {
            $err = New-PinoErr -Type 'Error' -Message 'Connection timeout' -Frames @('SMTPConnection._formatError (/app/bundle/programs/server/npm/node_modules/nodemailer/lib/smtp-connection/index.js:809:19)', 'SMTPConnection._onError (/app/bundle/programs/server/npm/node_modules/nodemailer/lib/smtp-connection/index.js:795:20)', 'Timeout.<anonymous> (/app/bundle/programs/server/npm/node_modules/nodemailer/lib/smtp-connection/index.js:237:22)', 'listOnTimeout (node:internal/timers:594:17)') -Extra @('code', 'ETIMEDOUT', 'command', 'CONN')
            Add-Pino -Level 50 -Name 'Mailer' -Fields @('msg', 'Error sending email', 'err', $err)
        }
    },
    [pscustomobject]@{ Weight = 2; Run = {
            $u = Get-RandomItem $script:Users
            $err = New-PinoErr -Type 'Error' -Message 'Not allowed [error-action-not-allowed]' -Frames @('Object.canSendMessageAsync (app/authorization/server/functions/canSendMessage.ts:68:9)', 'Object.sendMessage (app/lib/server/methods/sendMessage.ts:97:16)', 'MethodInvocation.sendMessage (app/lib/server/methods/sendMessage.ts:139:10)') -Extra @('isClientSafe', $true, 'error', 'error-action-not-allowed', 'reason', 'Not allowed', 'errorType', 'Meteor.Error')
            Add-Pino -Level 50 -Name 'Meteor' -Fields @('msg', 'Exception while invoking method sendMessage', 'userId', $u.Id, 'err', $err)
        }
    },
    [pscustomobject]@{ Weight = 1; Run = {
            $visitor = Get-RandomItem @('Ünal Karakaş', 'Łukasz Żółć', 'Ærøy Fjørd', 'Nguyễn Thị Hồng')
            $err = New-PinoErr -Type 'Error' -Message "Invalid email address for visitor $visitor" -Frames @('sendTranscript (app/livechat/server/lib/sendTranscript.ts:212:9)', 'Object.sendTranscript (app/livechat/server/methods/sendTranscript.ts:38:10)')
            Add-Pino -Level 50 -Name 'Livechat' -Fields @('msg', 'Error sending chat transcript', 'err', $err)
        }
    }
)

function Add-RegularEvent {
    $r = Get-RandomInt 0 1000
    if ($r -lt 430) { Add-HttpLine; return }
    if ($r -lt 610) { Add-MethodLine; return }
    if ($r -lt 660) { Add-SubscriptionLine; return }
    if ($r -lt 800) { & (Get-WeightedItem $script:DebugEvents).Run; return }
    if ($r -lt 900) { & (Get-WeightedItem $script:InfoEvents).Run; return }
    if ($r -lt 955) { & (Get-WeightedItem $script:WarnEvents).Run; return }
    & (Get-WeightedItem $script:ErrorEvents).Run
}

# --------------------------------------------------------------------------------------------
# Scripted parts (startup, incidents, edge cases)
# --------------------------------------------------------------------------------------------

$script:SampleUse = 'samples/7.8.0-support-dump/7.8.0-log.json'

function Add-MoleculerLine {
    param([string] $Level, [string] $Module, [string] $Text)
    $intended = Get-LevelFromName $Level
    Add-Plain -Text ((Format-MoleculerTime) + ' ' + $Level.PadRight(5) + ' ' + $script:NodeId + '/' + $Module + ': ' + $Text) -Intended $intended
}

function Add-Startup {
    $use = $script:SampleUse
    # Times and texts of the first lines follow issue #37261 (a 7.x container, 2025-11-23).
    Set-Clock '2025-11-23T13:23:30.700Z'
    $localStore = Get-CorpusLine 2 -Use $use
    # The trailing space after "at" is real (ROCKETCHAT-FORMATS §2.2); the TSV trims it.
    Add-Plain -Text ($localStore.TrimEnd() + ' ')
    Set-Clock '2025-11-23T13:23:30.783Z'
    Add-MoleculerLine 'INFO' 'BROKER' 'Moleculer v0.14.35 is starting...'
    Step-Clock 1 2
    $ns = Get-CorpusLine 10 -Use $use
    Add-MoleculerLine 'INFO' 'BROKER' ($ns.Substring($ns.IndexOf('Namespace:', [StringComparison]::Ordinal)))
    Step-Clock 1 2
    Add-MoleculerLine 'INFO' 'BROKER' "Node ID: $($script:NodeId)"
    Step-Clock 1 2
    Add-MoleculerLine 'INFO' 'REGISTRY' 'Strategy: RoundRobinStrategy'
    Step-Clock 1 2
    Add-MoleculerLine 'INFO' 'REGISTRY' 'Discoverer: LocalDiscoverer'
    Set-Clock '2025-11-23T13:23:30.790Z'
    $transporter = Get-CorpusLine 46 -Use $use
    Add-Plain -Text $transporter -Intended 'Info'
    Step-Clock 1 3
    Add-MoleculerLine 'INFO' 'BROKER' 'Registered 14 middleware(s).'
    Set-Clock '2025-11-23T13:23:30.819Z'
    Register-CorpusUse 46 -Use $use
    Add-Pino -Level 51 -Name 'DatabaseWatcher' -Fields @('msg', 'Using change streams')
    Step-Clock 5 12
    Add-Plain -Text 'Setting default file store to FileSystem'
    Step-Clock 1 4
    Add-Plain -Text 'ufs: temp directory created at "/tmp/ufs"'
    Step-Clock 20 40
    $sounds = (Get-CorpusLine 50 -Use $use) | ConvertFrom-Json
    Add-Pino -Level 30 -Name 'System' -Fields @('msg', $sounds.msg)
    Step-Clock 1 3
    Add-Pino -Level 30 -Name 'System' -Fields @('msg', (Get-CorpusLine 6 -Use $use).Trim())
    Step-Clock 20 50
    Register-CorpusUse 66 -Use $use
    Add-Pino -Level 51 -Name 'Migrations' -Fields @('msg', 'Migrating from version 317 -> 318')
    Set-Clock '2025-11-23T13:23:30.986Z'
    $lic = (Get-CorpusLine 220 -Use $use) | ConvertFrom-Json
    Add-Pino -Level 51 -Name 'License' -Fields @('msg', $lic.msg, 'version', $lic.version, 'hash', $lic.hash)
    Step-Clock 10 30
    $limit = (Get-CorpusLine 218 -Use $use) | ConvertFrom-Json
    Add-Pino -Level 30 -Name 'License' -Fields @('msg', $limit.msg, 'kind', 'guestUsers', 'limit', [ordered]@{ max = 0; behavior = 'start_fair_policy' })
    Step-Clock 1 3
    Add-Pino -Level 30 -Name 'License' -Fields @('msg', $limit.msg, 'kind', 'roomsPerGuest', 'limit', [ordered]@{ max = 0; behavior = 'start_fair_policy' })
    # Epoch-ms numeric time and a DUPLICATE "name" key (federation homeserver logger, #37261).
    Set-Clock '2025-11-23T13:23:31.118Z'
    Register-CorpusUse 246 -Use $use
    $zod = "[`n  {`n    `"code`": `"too_small`",`n    `"minimum`": 1,`n    `"type`": `"string`",`n    `"inclusive`": true,`n    `"exact`": false,`n    `"message`": `"String must contain at least 1 character(s)`",`n    `"path`": [`n      `"signingKeyPath`"`n    ]`n  }`n]"
    $err = New-PinoErr -Type 'ZodError' -Message $zod -Frames @('get error [as error] (/app/bundle/programs/server/npm/node_modules/zod/lib/types.js:55:31)', 'ZodObject.parse (/app/bundle/programs/server/npm/node_modules/zod/lib/types.js:160:22)', 'ConfigService.validateConfig (/app/bundle/programs/server/npm/node_modules/@rocket.chat/homeserver/dist/index.js:2113:33)')
    Add-Pino -Level 50 -Name 'homeserver' -EpochTime -Fields @('name', 'ConfigService', 'msg', 'Configuration validation failed:', 'err', $err)
    Step-Clock 30 90
    Add-Pino -Level 30 -Name 'VersionCheck' -Fields @('msg', ((Get-CorpusLine 52 -Use $use) | ConvertFrom-Json).msg)
    Step-Clock 5 20
    Add-Pino -Level 30 -Name 'OmnichannelQueue' -Fields @('msg', ((Get-CorpusLine 224 -Use $use) -replace '^\(msg\) (.*?)\s+\[.*$', '$1'))
    Step-Clock 1 4
    $routing = (Get-CorpusLine 230 -Use $use) | ConvertFrom-Json
    Add-Pino -Level 20 -Name 'OmnichannelQueue' -Fields @('msg', $routing.msg, 'method', $routing.method, 'status', $routing.status)
    Step-Clock 5 30
    Add-Pino -Level 30 -Name 'SAUMonitor' -Fields @('msg', ((Get-CorpusLine 226 -Use $use) -replace '^\(msg\) (.*?)\s+\[.*$', '$1'))
    Step-Clock 5 30
    Add-Pino -Level 30 -Name 'EmailInbox' -Fields @('msg', ((Get-CorpusLine 228 -Use $use) -replace '^\(msg\) (.*?)\s+\[.*$', '$1'))
    Step-Clock 10 40
    Add-Plain -Text (Get-CorpusLine 4 -Use $use).Trim()
    # A console.log of an array written line by line (arranged: exercises joining rule (a) with ']').
    Step-Clock 100 300
    Add-Plain -Text 'Enabled license modules: ['
    foreach ($m in @('auditing', 'canned-responses', 'livechat-enterprise', 'omnichannel-mobile-enterprise', 'engagement-dashboard', 'scalability')) {
        Add-Plain -Text "  '$m'," -Intended 'join'
    }
    Add-Plain -Text ']' -Intended 'join'
    # SERVER RUNNING box (one item per line) immediately followed by the MongoDB deprecation box:
    # under joining rule (b) the two boxes form ONE entry.
    Set-Clock '2025-11-23T13:23:33.412Z'
    Register-CorpusUse 20 -Use $use
    Register-CorpusUse 34 -Use $use
    Register-CorpusUse 36 -Use $use
    Add-Box -Title 'SERVER RUNNING' -Message (Get-ServerRunningMessage)
    Step-Clock 1 2
    Add-Box -Title 'WARNING' -Message @('YOUR CURRENT MONGODB VERSION (5.0.24) IS DEPRECATED.', 'IT WILL NOT BE SUPPORTED ON ROCKET.CHAT VERSION 8.0.0 AND GREATER,', 'PLEASE UPGRADE MONGODB TO VERSION 6.0 OR GREATER') -FirstIntended 'join'
    Step-Clock 200 900
    Add-MoleculerLine 'INFO' 'REGISTRY' "Node 'b7e19f3a-0c5d-4e8a-9f21-6d3c8a1e4b70' connected."
}

function Add-CloudTokenFailure {
    # Two "msg" keys (#28756): JSON parsers keep the LAST one.
    Register-CorpusUse 136 -Use $script:SampleUse
    $err = New-PinoErr -Type 'FetchError' -Message 'network timeout at: https://cloud.rocket.chat/api/oauth/token' -Frames @('Timeout.<anonymous> (/app/bundle/programs/server/npm/node_modules/@rocket.chat/server-fetch/node_modules/node-fetch/lib/index.js:1437:13)', 'listOnTimeout (node:internal/timers:594:17)', 'process.processTimers (node:internal/timers:529:7)') -Extra @('name', 'FetchError')
    Add-Pino -Level 50 -Name 'System' -Fields @(
        'msg', 'Failed to get Workspace AccessToken from Rocket.Chat Cloud',
        'url', '/api/oauth/token',
        'scope', 'workspace:license:read workspace:client:write workspace:stats:write workspace:push:send marketplace:read marketplace:download fedhub:register',
        'err', $err,
        'msg', 'network timeout at: https://cloud.rocket.chat/api/oauth/token')
}

function Add-LicenseDebug {
    Register-CorpusUse 222 -Use $script:SampleUse
    $decrypted = [ordered]@{
        version = '3.0'
        information = [ordered]@{ id = '6617c2e1a1b2c3d4e5f60718'; autoRenew = $true; visualExpiration = '2026-04-11T00:00:00.000Z'; notifyAdminsAt = '2026-03-28T00:00:00.000Z'; notifyUsersAt = '2026-04-04T00:00:00.000Z'; trial = $false; offline = $false; createdAt = '2025-04-11T08:14:02.118Z'; grantedBy = [ordered]@{ method = 'manual'; seller = 'Rocket.Chat' }; tags = @([ordered]@{ name = 'Pro'; color = '#CE3D85' }) }
        validation = [ordered]@{ serverUrls = @([ordered]@{ value = 'chat.fabrikam.example'; type = 'url' }); validPeriods = @([ordered]@{ validUntil = '2026-04-11T00:00:00.000Z'; invalidBehavior = 'invalidate_license' }); statisticsReport = [ordered]@{ required = $true } }
        grantedModules = @(foreach ($m in @('auditing', 'canned-responses', 'livechat-enterprise', 'omnichannel-mobile-enterprise', 'engagement-dashboard', 'scalability')) { [ordered]@{ module = $m } })
        limits = [ordered]@{ activeUsers = @([ordered]@{ max = 500; behavior = 'prevent_action' }); guestUsers = @([ordered]@{ max = 0; behavior = 'start_fair_policy' }); roomsPerGuest = @([ordered]@{ max = 0; behavior = 'start_fair_policy' }); privateApps = @([ordered]@{ max = 3; behavior = 'prevent_action' }); marketplaceApps = @([ordered]@{ max = 5; behavior = 'prevent_action' }) }
        cloudMeta = [ordered]@{ trialEnd = $null; workspaceId = '6617c2e1a1b2c3d4e5f60719' }
    }
    Add-Pino -Level 20 -Name 'License' -Fields @('msg', 'license', 'decrypted', $decrypted)
}

function Add-AnsiMeteorItem {
    param([string] $Letter, [string] $Text)
    # @03e78aa9-era stdout transform: plain text comes back as Meteor Log.format with colours
    # (blue meta prefix; message magenta for W, red for E, green for D).
    $colour = switch ($Letter) { 'W' { 35 } 'E' { 31 } 'D' { 32 } default { 0 } }
    $msg = if ($colour -ne 0) { "`e[${colour}m$Text`e[39m" } else { $Text }
    $intended = switch ($Letter) { 'I' { 'Info' } 'W' { 'Warn' } 'E' { 'Error' } 'D' { 'Debug' } }
    Add-Plain -Text ("`e[34m" + (Format-MeteorPrefix $Letter $script:Clock) + "`e[39m" + $msg) -Intended $intended
}

function Add-MongoIncident {
    $use = $script:SampleUse
    Add-MoleculerLine 'WARN' 'REGISTRY' "Node 'b7e19f3a-0c5d-4e8a-9f21-6d3c8a1e4b70' disconnected unexpectedly."
    Step-Clock 200 900
    $frames = @('Timeout._onTimeout (/app/bundle/programs/server/npm/node_modules/mongodb/lib/sdam/topology.js:292:38)', 'listOnTimeout (node:internal/timers:594:17)', 'process.processTimers (node:internal/timers:529:7)')
    Register-CorpusUse 72 -Use $use
    $closed = New-PinoErr -Type 'MongoServerSelectionError' -Message 'connection closed' -Frames $frames -Extra @('reason', [ordered]@{ type = 'ReplicaSetNoPrimary'; servers = [ordered]@{}; stale = $false; compatible = $true; heartbeatFrequencyMS = 10000; localThresholdMS = 15; setName = 'rs0' }, 'code', $null)
    Add-Pino -Level 50 -Name 'DatabaseWatcher' -Fields @('msg', 'Change stream failed, restarting watcher', 'collection', 'rocketchat_message', 'err', $closed)
    for ($i = 0; $i -lt 3; $i++) {
        Step-Clock 300 2500
        $timeout = New-PinoErr -Type 'MongoServerSelectionError' -Message 'Server selection timed out after 30000 ms' -Frames $frames
        Add-HttpLine -Status 500 -Err $timeout -ResponseTime (Get-RandomInt 30001 30090)
    }
    Step-Clock 100 400
    # One console.log(err) = one queue item with newlines (Meteor._debug of a timer exception).
    Register-CorpusUse 90 -Use $use
    Register-CorpusUse 96 -Use $use
    Register-CorpusUse 80 -Use $use
    $inspect = @(
        'Exception in setInterval callback: MongoServerSelectionError: connection closed',
        '    at Timeout._onTimeout (/app/bundle/programs/server/npm/node_modules/mongodb/lib/sdam/topology.js:292:38)',
        '    at listOnTimeout (node:internal/timers:594:17)',
        '    at process.processTimers (node:internal/timers:529:7) {',
        '  reason: TopologyDescription {',
        "    type: 'ReplicaSetNoPrimary',",
        "    servers: Map(1) { 'mongo:27017' => [ServerDescription] },",
        '    stale: false,',
        '    compatible: true,',
        '    heartbeatFrequencyMS: 10000,',
        '    localThresholdMS: 15,',
        "    setName: 'rs0',",
        '    maxElectionId: null,',
        '    maxSetVersion: null,',
        '    commonWireVersion: 13,',
        '    logicalSessionTimeoutMinutes: 30',
        '  },',
        '  code: undefined,',
        '  [Symbol(errorLabels)]: Set(0) {}',
        '}') -join "`n"
    Add-Plain -Text $inspect
    Step-Clock 50 400
    $netErr = New-PinoErr -Type 'MongoNetworkError' -Message 'connection 14 to 10.0.3.12:27017 closed' -Frames @('Connection.onClose (/app/bundle/programs/server/npm/node_modules/mongodb/lib/cmap/connection.js:137:19)', 'TLSSocket.<anonymous> (/app/bundle/programs/server/npm/node_modules/mongodb/lib/cmap/connection.js:65:46)', 'TLSSocket.emit (node:events:518:28)') -Extra @('name', 'MongoNetworkError')
    Add-Pino -Level 60 -Name 'System' -Fields @('msg', 'uncaughtException', 'err', $netErr)
    Step-Clock 3000 9000
    Add-Pino -Level 51 -Name 'DatabaseWatcher' -Fields @('msg', 'Using change streams')
    Step-Clock 1000 4000
    Add-MoleculerLine 'INFO' 'REGISTRY' "Node 'b7e19f3a-0c5d-4e8a-9f21-6d3c8a1e4b70' connected."
}

function Add-SpecialEvent {
    param([int] $Step)
    $use = $script:SampleUse
    switch ($Step) {
        60 { Add-LicenseDebug }
        { $_ -in 200, 900, 1600, 2300, 3000, 3700 } { Add-CloudTokenFailure }
        { $_ -in 700, 1400, 2100, 2800, 3500 } { Add-Pino -Level 30 -Name 'VersionCheck' -Fields @('msg', 'Checking for version updates') }
        320 {
            # LDAP login with the method payload logged (ldapPass in cleartext).
            Add-MethodLine -Method ([pscustomobject]@{ Name = 'login'; Path = '/home' }) -Anonymous -User ($script:Users | Where-Object Username -EQ 'tomasz.nowak') -Arguments @([ordered]@{ ldap = $true; username = 'tomasz.nowak'; ldapPass = 'FAKE-SECRET-ldap-Zima2025!'; ldapOptions = [ordered]@{} })
        }
        500 {
            Add-AnsiMeteorItem 'I' ((Get-CorpusLine 164 -Use $use) -replace 'admin@domain\.com', 'admin@fabrikam.example')
            Add-QueueItem -Text '' -Intended 'blank'
        }
        1100 {
            Add-MethodLine -Method ([pscustomobject]@{ Name = 'login'; Path = '/home' }) -Anonymous -User ($script:Users | Where-Object Username -EQ 'm.schmidt') -Arguments @([ordered]@{ user = [ordered]@{ username = 'm.schmidt' }; password = 'FAKE-SECRET-Herbst2025!' })
        }
        1200 {
            Register-CorpusUse 238 -Use $use
            Add-AnsiMeteorItem 'W' "Warning: connect.session() MemoryStore is not`ndesigned for a production environment, as it will leak`nmemory, and will not scale past a single process."
        }
        1700 { Add-MongoIncident }
        1850 {
            $login = [pscustomobject]@{ Method = 'POST'; Url = { '/api/v1/login' }; Rt = @(40, 160); Length = @(60, 61) }
            Add-HttpLine -Endpoint $login -Status 200 -Anonymous -Payload '{"user":"ivan.petrov","password":"FAKE-SECRET-Passw0rd!"}' -Client ($script:Clients | Where-Object Kind -EQ 'bot')
        }
        2000 { $script:NextLogId += 7 }
        2100 {
            Add-AnsiMeteorItem 'E' (Get-CorpusLine 150 -Use $use)
            Add-QueueItem -Text '' -Intended 'blank'
        }
        2400 {
            # A stack written frame by frame (arranged: exercises joining rule (a) with whitespace).
            Add-Plain -Text (Get-CorpusLine 118 -Use $use)
            foreach ($f in @('Function.EJSON.clone (packages/ejson/ejson.js:608:3)', 'packages/ejson/ejson.js:620:22', 'Array.forEach (<anonymous>)', 'Function.EJSON.clone (packages/ejson/ejson.js:619:31)')) {
                Add-Plain -Text "    at $f" -Intended 'join'
            }
        }
        2550 {
            Register-CorpusUse 190 -Use $use
            $appErr = New-PinoErr -Type 'Error' -Message 'The App had compiler errors, can not enable it.' -Frames @('AppManager.<anonymous> (/app/bundle/programs/server/npm/node_modules/@rocket.chat/apps-engine/server/AppManager.js:313:23)', 'Generator.next (<anonymous>)', 'fulfilled (/app/bundle/programs/server/npm/node_modules/@rocket.chat/apps-engine/server/AppManager.js:5:58)')
            $ep = [pscustomobject]@{ Method = 'POST'; Url = { '/api/apps/ab4728ec-613e-472f-a24c-b48a77aacfff/status' }; Rt = @(20, 90); Length = @(29, 30) }
            $admin = $script:Users | Where-Object Username -EQ 'it.ops'
            $desktop = $script:Clients[0]
            Add-HttpLine -Endpoint $ep -Status 400 -Err $appErr -User $admin -Client $desktop
        }
        2600 {
            $hook = [ordered]@{ url = 'https://crm.fabrikam.example/hooks/rocketchat'; headers = [ordered]@{ 'content-type' = 'application/json'; 'x-auth-token' = 'FAKE-SECRET-4c1d9e0b7a'; 'x-user-id' = ($script:Users | Where-Object Username -EQ 'crm.bot').Id } }
            Add-Pino -Level 20 -Name 'Integrations' -Fields @('msg', ('Outgoing webhook request ' + (ConvertTo-JsonText $hook)), 'integration', 'CRM sync')
        }
        2700 {
            $sl = Get-CorpusLine 134 -Use $use
            $m = 'Meteor.userId can only be invoked in method calls or publications.'
            $err = New-PinoErr -Type 'Error' -Message $m -Frames @('AccountsServer.userId (packages/accounts-base/accounts_server.js:117:13)', 'Object.Meteor.userId (packages/accounts-base/server_main.js:20:21)', 'SlackImporter.prepareUsingLocalFile (app/importer-slack/server/SlackImporter.ts:118:32)')
            if (-not $sl.Contains($m)) { throw 'corpus line 134 changed' }
            Add-Pino -Level 50 -Name 'Slack Importer' -Fields @('err', $err, 'msg', $m)
        }
        2800 {
            Add-AnsiMeteorItem 'D' 'appsEngine:runtime:deno Received message from subprocess { method: "app:getStatus" }'
        }
        2900 {
            $bot = ($script:Users | Where-Object Username -EQ 'crm.bot').Id
            Add-Plain -Text 'Outgoing integration "CRM sync" request options: {'
            foreach ($l in @("  method: 'POST',", "  url: 'https://crm.fabrikam.example/hooks/rocketchat',", '  headers: {', "    'content-type': 'application/json',", "    'x-auth-token': 'FAKE-SECRET-4c1d9e0b7a',", "    'x-user-id': '$bot',", "    cookie: 'rc_uid=$bot; rc_token=FAKE-SECRET-rc-7f3e21'", '  }', '}')) {
                Add-Plain -Text $l -Intended 'join'
            }
        }
        3150 {
            Register-CorpusUse 168 -Use $use
            Register-CorpusUse 124 -Use $use
            Add-Plain -Text (@(
                    'Exception in callback of async function: Error: unable to get local issuer certificate',
                    '    at TLSSocket.onConnectSecure (node:_tls_wrap:1679:34)',
                    '    at TLSSocket.emit (node:events:518:28)',
                    '    at TLSSocket._finishInit (node:_tls_wrap:1078:8)',
                    '    at ssl.onhandshakedone (node:_tls_wrap:864:12) {',
                    "  code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'",
                    '}') -join "`n")
        }
        3300 {
            $err = New-PinoErr -Type 'TypeError' -Message "Cannot read properties of undefined (reading '_id')" -Frames @('Object.createWithTypeRoomIdMessageAndUser (app/lib/server/functions/createWithTypeRoomIdMessageAndUser.ts:21:50)', 'VideoConferenceService.endCall (server/services/video-conference/service.ts:412:22)', 'processTicksAndRejections (node:internal/process/task_queues:105:5)')
            Register-CorpusUse 122 -Use $use
            Add-Pino -Level 60 -Name 'System' -Fields @('msg', 'uncaughtException', 'err', $err)
        }
        3400 {
            Add-Pino -Level 51 -Name 'License' -Fields @('msg', 'License installed', 'version', '3.0', 'hash', '72JiAB-9')
        }
        3600 {
            Add-Plain -Text 'Failed apps: ['
            foreach ($l in @("  'WhatsApp Cloud (invalid_license_disabled)',", "  'Zoom (error_disabled)',", "  'Tenor (compiler_error_disabled)'")) { Add-Plain -Text $l -Intended 'join' }
            Add-Plain -Text ']' -Intended 'join'
        }
    }
}

function New-SampleQueue {
    param([int] $Steps = 4000)
    $script:Queue = [System.Collections.Generic.List[object]]::new()
    $script:NextLogId = 0
    Initialize-LogCatalogs
    Add-Startup
    for ($step = 0; $step -lt $Steps; $step++) {
        Step-Clock 200 8800
        Add-SpecialEvent -Step $step
        Add-RegularEvent
    }
    # The last item is a pino line, so the expected last timestamp is its "time" (not its ts).
    Step-Clock 500 3000
    Add-HttpLine

}
