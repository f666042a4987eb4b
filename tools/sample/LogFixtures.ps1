# Text log fixtures (tests/RocketChatAnalyzer.Engine.Tests/Fixtures/logs/): the same kinds of
# output a support engineer gets from `docker logs`, `docker logs -t`, `docker compose logs`,
# `kubectl logs --prefix`, `journalctl -o short-iso`, /var/log/syslog, old Meteor-era servers, raw
# pino JSON lines, and a damaged file. Each file is built from "records" (one intended log entry
# each: its lines, intended level, source); the expected values are then computed by re-reading
# the written bytes with the reference model (LogModel.ps1) and checked against the records.

Set-StrictMode -Version 3.0

$script:Records = $null
$script:FixtureUse = ''
$script:FxClock = [datetime]::MinValue
$script:FxHost = ''
$script:FxPid = 1

function Start-Fixture {
    param([string] $Use, [string] $StartIso, [string] $HostName, [int] $ProcessId = 1)
    $script:Records = [System.Collections.Generic.List[object]]::new()
    $script:FixtureUse = $Use
    $script:FxClock = [DateTimeOffset]::Parse($StartIso, [cultureinfo]::InvariantCulture).UtcDateTime
    $script:FxHost = $HostName
    $script:FxPid = $ProcessId
}

function Step-FxClock {
    param([int] $MinMs, [int] $MaxMs)
    $script:FxClock = $script:FxClock.AddMilliseconds((Get-RandomInt $MinMs $MaxMs))
}

function Add-Record {
    param([string[]] $Lines, [string] $Level = 'Unknown', [string] $Source)
    if (-not $Source) { $Source = $script:RcSource }
    if (Test-Blank $Lines[0]) { throw 'A record must start with a non-blank line.' }
    $script:Records.Add([pscustomobject]@{ Lines = $Lines; Level = $Level; Source = $Source; Time = $script:FxClock })
}

function Add-FxPino {
    param([int] $Level, [string] $Name, [object[]] $Fields = @(), [switch] $EpochTime, [string] $Source)
    $text = New-PinoText -Level $Level -Time $script:FxClock -Name $Name -Fields $Fields -HostName $script:FxHost -ProcessId $script:FxPid -EpochTime:$EpochTime
    Add-Record -Lines @($text) -Level (Get-LevelFromNumber $Level) -Source $Source
}

function Add-FxCorpus {
    param([int] $Id, [string] $Level = 'Unknown', [string] $Source)
    Add-Record -Lines @((Get-CorpusLine $Id -Use $script:FixtureUse)) -Level $Level -Source $Source
}

function Get-FxHttpLine {
    param([string] $Method = 'GET', [string] $Url, [int] $Status = 200, [int] $ResponseTime = 12, $Err = $null)
    $u = Get-RandomItem $script:Users; $c = Get-WeightedItem $script:Clients
    $f = [System.Collections.Generic.List[object]]::new()
    $f.AddRange([object[]]@('method', $Method, 'url', $Url, 'userId', $u.Id, 'userAgent', $c.UA, 'host', $script:SiteHost))
    $ref = Get-RefererFor $c
    if ($ref) { $f.AddRange([object[]]@('referer', $ref)) }
    $f.AddRange([object[]]@('remoteIP', $u.IP))
    if ($null -ne $Err) { $f.AddRange([object[]]@('err', $Err)) }
    $f.AddRange([object[]]@('status', $Status, 'responseTime', $ResponseTime))
    return $f.ToArray()
}

function Add-FxHttp {
    param([int] $Count = 1, [int] $Level = 35)
    $since = Format-JsonDate ($script:FxClock.AddSeconds(-(Get-RandomInt 30 900)))
    $urls = @('/api/v1/me', "/api/v1/subscriptions.get?updatedSince=$since", '/api/v1/rooms.get', "/api/v1/users.presence?from=$since", '/api/v1/im.list', '/api/info', '/api/v1/licenses.info')
    for ($i = 0; $i -lt $Count; $i++) {
        Step-FxClock 200 4000
        Add-FxPino -Level $Level -Name 'API' -Fields (Get-FxHttpLine -Url (Get-RandomItem $urls) -ResponseTime (Get-RandomInt 3 90))
    }
}

function Add-FxMoleculer {
    param([string] $Level, [string] $Module, [string] $Text, [string] $NodeId = $script:NodeId)
    Add-Record -Lines @(('[' + (Format-JsonDate $script:FxClock) + '] ' + $Level.PadRight(5) + ' ' + $NodeId + '/' + $Module + ': ' + $Text)) -Level (Get-LevelFromName $Level)
}

function Add-FxBox {
    param([string] $Title, [string[]] $Message)
    Add-Record -Lines (Get-BoxLines -Title $Title -Message $Message)
}

# The stderr-only blocks that docker/journald capture but the stdout.queue never does.
function Add-FxNodeWarning {
    # Node prints its own pid: 1 in a container, the real pid under snap/systemd.
    Add-Record -Lines @(((Get-CorpusLine 234 -Use $script:FixtureUse) -replace '^\(node:1\)', "(node:$($script:FxPid))"))
    Add-FxCorpus 232
}

function Add-FxUnhandledRejection {
    $u = $script:FixtureUse
    Register-CorpusUse 102 -Use $u; Register-CorpusUse 104 -Use $u; Register-CorpusUse 106 -Use $u; Register-CorpusUse 100 -Use $u
    Add-Record -Lines @(
        '=== UnHandledPromiseRejection ===',
        (Get-CorpusLine 106 -Use $u),
        '    at RoomCoordinatorServer.getRoomDirectives (/app/bundle/programs/server/app/server/lib/rooms/roomCoordinator.ts:35:10)',
        '    at Object.canAccessRoom (/app/bundle/programs/server/app/app/authorization/server/functions/canAccessRoom.ts:52:39)',
        (Get-CorpusLine 100 -Use $u),
        '---------------------------------',
        (Get-CorpusLine 102 -Use $u),
        'Setting EXIT_UNHANDLEDPROMISEREJECTION will cause the process to exit allowing your service to automatically restart the process',
        (Get-CorpusLine 104 -Use $u),
        '=================================')
}

function Add-FxCrash {
    param([string] $NodeVersion = 'v22.16.0')
    $u = $script:FixtureUse
    Add-Record -Lines @(
        '/app/bundle/programs/server/npm/node_modules/meteor/promise/node_modules/meteor-promise/promise_server.js:218',
        (Get-CorpusLine 110 -Use $u),
        '      ^',
        '',
        (Get-CorpusLine 72 -Use $u),
        '    at Timeout._onTimeout (/app/bundle/programs/server/npm/node_modules/mongodb/lib/sdam/topology.js:292:38)',
        (Get-CorpusLine 112 -Use $u),
        '    at listOnTimeout (node:internal/timers:594:17)',
        '    at process.processTimers (node:internal/timers:529:7) {',
        '  reason: TopologyDescription {',
        (Get-CorpusLine 96 -Use $u),
        "    servers: Map(1) { 'mongo:27017' => [ServerDescription] },",
        '    stale: false,',
        '    compatible: true,',
        '    heartbeatFrequencyMS: 10000,',
        '    localThresholdMS: 15,',
        "    setName: 'rs0',",
        '    maxElectionId: null,',
        '    maxSetVersion: null,',
        '    commonWireVersion: 0,',
        '    logicalSessionTimeoutMinutes: null',
        '  },',
        '  code: undefined,',
        '  [Symbol(errorLabels)]: Set(0) {}',
        '}',
        '')
    Add-Record -Lines @("Node.js $NodeVersion")
}

function Add-FxSetIntervalException {
    $u = $script:FixtureUse
    Register-CorpusUse 90 -Use $u
    Add-Record -Lines @(
        'Exception in setInterval callback: MongoServerSelectionError: connection closed',
        '    at Timeout._onTimeout (/app/bundle/programs/server/npm/node_modules/mongodb/lib/sdam/topology.js:292:38)',
        '    at listOnTimeout (node:internal/timers:594:17)',
        '    at process.processTimers (node:internal/timers:529:7) {',
        '  reason: TopologyDescription {',
        "    type: 'ReplicaSetNoPrimary',",
        "    servers: Map(1) { 'mongo:27017' => [ServerDescription] },",
        "    setName: 'rs0'",
        '  },',
        '  code: undefined,',
        '  [Symbol(errorLabels)]: Set(0) {}',
        '}')
}

function Add-FxStartup {
    param([string] $Mongo = '7.0.16', [string] $Version = '7.8.0', [string] $Node = '22.16.0', [switch] $NoStderr)
    $u = $script:FixtureUse
    if (-not $NoStderr) { Add-FxNodeWarning }
    Step-FxClock 300 900
    Add-Record -Lines @(((Get-CorpusLine 2 -Use $u).TrimEnd() + ' '))
    Step-FxClock 50 90
    Add-FxMoleculer 'INFO' 'BROKER' 'Moleculer v0.14.35 is starting...'
    Step-FxClock 1 3
    Add-FxMoleculer 'INFO' 'BROKER' 'Transporter: TcpTransporter'
    Register-CorpusUse 46 -Use $u
    Step-FxClock 20 40
    Add-FxPino -Level 51 -Name 'DatabaseWatcher' -Fields @('msg', 'Using change streams')
    Step-FxClock 20 40
    Register-CorpusUse 50 -Use $u
    Add-FxPino -Level 30 -Name 'System' -Fields @('msg', 'Using GridFS for custom sounds storage')
    Step-FxClock 100 160
    Register-CorpusUse 220 -Use $u
    Add-FxPino -Level 51 -Name 'License' -Fields @('msg', 'License installed', 'version', '3.0', 'hash', '72JiAB-9')
    Step-FxClock 10 30
    Register-CorpusUse 218 -Use $u
    Add-FxPino -Level 30 -Name 'License' -Fields @('msg', 'Limit validation failed', 'kind', 'guestUsers', 'limit', [ordered]@{ max = 0; behavior = 'start_fair_policy' })
    Step-FxClock 100 300
    Register-CorpusUse 52 -Use $u
    Add-FxPino -Level 30 -Name 'VersionCheck' -Fields @('msg', 'Checking for version updates')
    Step-FxClock 1000 2500
    Register-CorpusUse 20 -Use $u
    Add-FxBox -Title 'SERVER RUNNING' -Message (Get-ServerRunningMessage -Version $Version -Node $Node -Mongo $Mongo)
}

# --- transports ------------------------------------------------------------------------------

# Go's RFC3339Nano (what `docker logs -t` prints): trailing zeros of the fraction are dropped.
function Format-Rfc3339Nano {
    param([datetime] $Time, [int] $ExtraNanos)
    $frac = ($Time.Ticks % 10000000) * 100 + $ExtraNanos
    $s = $Time.ToString("yyyy-MM-dd'T'HH:mm:ss", [cultureinfo]::InvariantCulture)
    $f = $frac.ToString('000000000', [cultureinfo]::InvariantCulture).TrimEnd('0')
    if ($f.Length -gt 0) { $s += '.' + $f }
    return $s + 'Z'
}

# Renders the records; returns Text and the 1-based first line of every record.
function ConvertTo-FixtureText {
    param([string] $Transport, [string] $Newline = "`n", [hashtable] $Options = @{})
    $sb = [System.Text.StringBuilder]::new()
    $starts = [System.Collections.Generic.List[int]]::new()
    $lineNo = 0
    $width = 0
    foreach ($r in $script:Records) { if ($r.Source.Length -gt $width) { $width = $r.Source.Length } }
    foreach ($r in $script:Records) {
        $starts.Add($lineNo + 1)
        # Sub-millisecond offset of the record (every 7th record exactly on the millisecond, so
        # `docker logs -t` shows a shortened fraction), then ~37 us per line.
        $offset = if (($starts.Count % 7) -eq 0) { 0 } else { Get-RandomInt 1 9000 }
        $i = 0
        foreach ($line in $r.Lines) {
            $t = $r.Time.AddTicks($offset + $i * 370 + $(if ($offset -eq 0 -and $i -eq 0) { 0 } else { Get-RandomInt 0 300 }))
            $prefix = switch ($Transport) {
                'docker' { '' }
                'docker-t' { (Format-Rfc3339Nano $t $(if ($offset -eq 0 -and $i -eq 0) { 0 } else { Get-RandomInt 0 100 })) + ' ' }
                'compose' { $r.Source.PadRight($width + 1) + ' | ' }
                'kubectl' { "[pod/$($r.Source)/rocketchat] " }
                'journald' {
                    $local = [DateTimeOffset]::new($t).ToOffset([TimeSpan]::FromHours($Options.OffsetHours))
                    $local.ToString("yyyy-MM-dd'T'HH:mm:ss", [cultureinfo]::InvariantCulture) + $local.ToString('zzz', [cultureinfo]::InvariantCulture) + " $($Options.Host) $($r.Source): "
                }
                'syslog' {
                    $local = [DateTimeOffset]::new($t).ToOffset([TimeSpan]::FromHours($Options.OffsetHours))
                    $local.ToString('MMM', [cultureinfo]::InvariantCulture) + ' ' + $local.Day.ToString([cultureinfo]::InvariantCulture).PadLeft(2) + ' ' + $local.ToString('HH:mm:ss', [cultureinfo]::InvariantCulture) + " $($Options.Host) $($r.Source): "
                }
                default { throw "Unknown transport $Transport" }
            }
            [void]$sb.Append($prefix).Append($line).Append($Newline)
            $lineNo++; $i++
        }
    }
    return [pscustomobject]@{ Text = $sb.ToString(); Starts = $starts.ToArray() }
}

# Transport prefixes the model strips (documented in docs/SAMPLES.md); group 1 = source.
$script:TransportPrefix = @{
    'docker' = $null
    'docker-t' = [regex]::new('^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z ()')
    'compose' = [regex]::new('^([A-Za-z0-9][A-Za-z0-9_.-]*)\s+\| ?')
    'kubectl' = [regex]::new('^\[pod/([^/\]]+)/[^\]]+\] ')
    'journald' = [regex]::new('^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2}) \S+ ([^\s\[]+)\[\d+\]: ?')
    'syslog' = [regex]::new('^[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \S+ ([^\s\[]+)\[\d+\]: ?')
}

# Bytes -> lines the way the model reads any text log: UTF-8 (invalid bytes -> U+FFFD), a leading
# BOM removed, lines split at LF, one trailing CR removed, the transport prefix stripped.
function Read-FixtureLines {
    param([byte[]] $Bytes, [string] $Transport)
    $text = [System.Text.UTF8Encoding]::new($false, $false).GetString($Bytes)
    if ($text.Length -gt 0 -and $text[0] -eq [char]0xFEFF) { $text = $text.Substring(1) }
    $raw = $text.Split("`n")
    if ($raw.Length -gt 0 -and $raw[-1] -eq '') { $raw = $raw[0..($raw.Length - 2)] }
    $regex = $script:TransportPrefix[$Transport]
    $lines = [string[]]::new($raw.Length)
    $sources = [string[]]::new($raw.Length)
    for ($i = 0; $i -lt $raw.Length; $i++) {
        $l = $raw[$i]
        if ($l.EndsWith("`r")) { $l = $l.Substring(0, $l.Length - 1) }
        if ($null -ne $regex) {
            $m = $regex.Match($l)
            if (-not $m.Success) { throw "Line $($i + 1) has no $Transport prefix: $l" }
            $sources[$i] = $m.Groups[1].Value
            $l = $l.Substring($m.Length)
        }
        $lines[$i] = $l
    }
    return [pscustomobject]@{ Lines = $lines; Sources = $sources }
}

function Get-FixtureExpected {
    param([string] $Name, [byte[]] $Bytes, [string] $Transport, [int[]] $Starts, [string] $Description, [switch] $BySource)
    $read = Read-FixtureLines -Bytes $Bytes -Transport $Transport
    $entries = Join-TextLines -Lines $read.Lines
    $classified = Get-LineClassification -Entries $entries
    if ($null -ne $Starts) {
        if ($entries.Count -ne $script:Records.Count) { throw "$($Name): model reads $($entries.Count) entries, generator wrote $($script:Records.Count) records." }
        for ($i = 0; $i -lt $entries.Count; $i++) {
            if ($entries[$i].StartLine -ne $Starts[$i]) { throw "$($Name): entry $i starts at line $($entries[$i].StartLine), record at line $($Starts[$i])." }
            if ($classified[$i].Level -ne $script:Records[$i].Level) { throw "$($Name): entry at line $($Starts[$i]) reads as $($classified[$i].Level), written as $($script:Records[$i].Level)." }
        }
    }
    $levels = New-LevelCounts
    $unparsed = 0
    foreach ($c in $classified) { $levels[$c.Level]++; if ($c.Unparsed) { $unparsed++ } }
    $blank = 0
    foreach ($l in $read.Lines) { if (Test-Blank $l) { $blank++ } }
    $e = [ordered]@{
        File = $Name
        Transport = $Transport
        Description = $Description
        Lines = $read.Lines.Length
        BlankLines = $blank
        TotalEntries = $entries.Count
        LevelCounts = $levels
        UnparsedEntries = $unparsed
        EntryStartLines = @(foreach ($x in $entries) { $x.StartLine })
    }
    if ($BySource) {
        $by = [ordered]@{}
        foreach ($x in $entries) {
            $src = $read.Sources[$x.StartLine - 1]
            if (-not $by.Contains($src)) { $by[$src] = 0 }
            $by[$src]++
        }
        $e['EntriesBySource'] = $by
    }
    $e['CorpusLines'] = @(foreach ($r in (Get-CorpusUsage -UsePrefix $script:FixtureUse)) { if (@($r.Uses) -contains $script:FixtureUse) { $r.Id } })
    return $e
}

function Write-LogFixture {
    param([string] $Dir, [string] $Name, [byte[]] $Bytes, [string] $Transport, [int[]] $Starts, [string] $Description, [switch] $BySource)
    $path = Join-Path $Dir $Name
    [void][System.IO.Directory]::CreateDirectory($Dir)
    [System.IO.File]::WriteAllBytes($path, $Bytes)
    $expected = Get-FixtureExpected -Name $Name -Bytes ([System.IO.File]::ReadAllBytes($path)) -Transport $Transport -Starts $Starts -Description $Description -BySource:$BySource
    Write-JsonFile -Path (Join-Path $Dir "$Name.expected.json") -Value $expected
    return $expected
}

# --- content -----------------------------------------------------------------------------------

function New-MongoLine {
    param([string] $S, [string] $C, [int] $Id, [string] $Ctx, [string] $Msg, $Attr, [string[]] $Tags)
    $date = [DateTimeOffset]::new($script:FxClock).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+00:00'", [cultureinfo]::InvariantCulture)
    $idText = $Id.ToString([cultureinfo]::InvariantCulture)
    # mongod pads the severity, component and id columns with spaces.
    $line = '{"t":{"$date":"' + $date + '"},"s":"' + $S + '",  "c":"' + $C + '",' + (' ' * [math]::Max(1, 9 - $C.Length)) + '"id":' + $idText + ',' + (' ' * [math]::Max(1, 8 - $idText.Length)) + '"ctx":' + (Format-JsonString $Ctx) + ',"msg":' + (Format-JsonString $Msg)
    if ($null -ne $Attr) { $line += ',"attr":' + (ConvertTo-JsonText $Attr) }
    if ($Tags) { $line += ',"tags":' + (ConvertTo-JsonText $Tags) }
    return $line + '}'
}

function Add-FxMongo {
    param([string] $S, [string] $C, [int] $Id, [string] $Ctx, [string] $Msg, $Attr, [string[]] $Tags)
    $level = switch ($S[0]) { 'F' { 'Fatal' } 'E' { 'Error' } 'W' { 'Warn' } 'I' { 'Info' } 'D' { 'Debug' } default { 'Unknown' } }
    Add-Record -Lines @((New-MongoLine $S $C $Id $Ctx $Msg $Attr $Tags)) -Level $level -Source $script:MongoSource
}

$script:RcSource = 'rocketchat'
$script:MongoSource = $null

# One container lifetime that ends in a crash, then the restart (what `docker logs` shows).
function Add-DockerSession {
    param([switch] $WithMongo)
    $src = $script:RcSource
    $u = $script:FixtureUse
    if ($WithMongo) {
        Add-FxMongo 'I' 'CONTROL' 23285 'main' 'Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols ''none'''
        Add-FxMongo 'W' 'CONTROL' 22120 'initandlisten' 'Access control is not enabled for the database. Read and write access to data and configuration is unrestricted' $null @('startupWarnings')
        Step-FxClock 400 900
        Add-FxMongo 'I' 'REPL' 21358 'ReplWriterWorker-0' 'Replica set state transition' ([ordered]@{ newState = 'PRIMARY'; oldState = 'SECONDARY' })
    }
    Add-FxStartup
    if ($WithMongo) {
        Add-FxMongo 'I' 'NETWORK' 22943 'listener' 'Connection accepted' ([ordered]@{ remote = '172.18.0.3:51234'; uuid = [ordered]@{ uuid = [ordered]@{ '$uuid' = '5f1c2e7a-9b3d-4c8e-a1f0-2d6b8e4c7a91' } }; connectionId = 12; connectionCount = 5 })
        Step-FxClock 1 5
        Add-FxMongo 'I' 'ACCESS' 20250 'conn12' ((Get-CorpusLine 250 -Use $u) | ConvertFrom-Json).msg ([ordered]@{ mechanism = 'SCRAM-SHA-256'; speculative = $true; principalName = 'rocketchat'; authenticationDatabase = 'rocketchat'; remote = '172.18.0.3:51234'; extraInfo = [ordered]@{} })
    }
    Add-FxHttp -Count 4
    Step-FxClock 500 3000
    Add-FxPino -Level 40 -Name 'DeprecationWarning' -Fields @('section', 'METHOD', 'msg', 'The method "getUsersOfRoom" is deprecated and will be removed on version 8.0.0')
    Step-FxClock 500 3000
    $usr = Get-RandomItem $script:Users
    Add-FxPino -Level 35 -Name 'Meteor' -Fields @('method', 'loadHistory', 'userId', $usr.Id, 'userAgent', $script:Clients[0].UA, 'referer', "$($script:SiteUrl)/channel/general", 'remoteIP', $usr.IP, 'instanceId', $script:NodeId)
    Step-FxClock 100 2000
    Add-FxUnhandledRejection
    Step-FxClock 1000 9000
    Register-CorpusUse 146 -Use $u
    Add-FxPino -Level 50 -Name 'LDAP' -Fields @('section', 'Connection', 'msg', 'connection time out', 'timeout', 1000)
    Step-FxClock 2 8
    Add-FxPino -Level 50 -Name 'LDAP' -Fields @('err', (New-PinoErr -Type 'Error' -Message 'Timeout' -Frames @('Timeout._onTimeout (server/lib/ldap/Connection.ts:775:35)', 'listOnTimeout (node:internal/timers:594:17)', 'process.processTimers (node:internal/timers:529:7)')), 'msg', 'Timeout')
    Add-FxHttp -Count 2
    if ($WithMongo) {
        Step-FxClock 100 500
        Add-FxMongo 'I' 'COMMAND' 51803 'conn14' 'Slow query' ([ordered]@{ type = 'command'; ns = 'rocketchat.rocketchat_message'; command = [ordered]@{ find = 'rocketchat_message'; filter = [ordered]@{ rid = 'GENERAL'; _hidden = [ordered]@{ '$ne' = $true } }; sort = [ordered]@{ ts = -1 }; limit = 50 }; planSummary = 'COLLSCAN'; docsExamined = 2418990; nreturned = 50; durationMillis = 1287 })
        Step-FxClock 2000 5000
        Add-FxMongo 'I' 'CONTROL' 23377 'SignalHandler' 'Received signal' ([ordered]@{ signal = 15; error = 'Terminated' })
        Step-FxClock 1 5
        Add-FxMongo 'I' 'CONTROL' 4784900 'SignalHandler' 'Stepping down the ReplicationCoordinator for shutdown' ([ordered]@{ waitTimeMillis = 15000 })
    }
    Step-FxClock 3000 8000
    Add-FxSetIntervalException
    Step-FxClock 100 900
    Add-FxPino -Level 50 -Name 'DatabaseWatcher' -Fields @('msg', 'Change stream failed, restarting watcher', 'err', (New-PinoErr -Type 'MongoServerSelectionError' -Message 'connection closed' -Frames @('Timeout._onTimeout (/app/bundle/programs/server/npm/node_modules/mongodb/lib/sdam/topology.js:292:38)', 'listOnTimeout (node:internal/timers:594:17)')))
    Step-FxClock 25000 30000
    Add-FxCrash
    # docker restarts the container (restart: unless-stopped).
    Step-FxClock 4000 9000
    if ($WithMongo) {
        Add-FxMongo 'I' 'CONTROL' 20698 'main' '***** SERVER RESTARTED *****'
        Step-FxClock 500 1500
    }
    Add-FxStartup
    Step-FxClock 500 2000
    Add-FxCorpus 196
    Step-FxClock 10 200
    $u2 = $script:FixtureUse
    Add-Record -Lines @((Get-CorpusLine 194 -Use $u2), '    at AppsEngineDenoRuntime.waitUntilReady (/app/bundle/programs/server/npm/node_modules/@rocket.chat/apps-engine/server/runtime/deno/AppsEngineDenoRuntime.js:256:19)', '    at async AppManager.enable (/app/bundle/programs/server/npm/node_modules/@rocket.chat/apps-engine/server/AppManager.js:543:13)')
    Add-FxHttp -Count 3
}

function Write-LogFixtures {
    param([string] $Root, [int] $Seed, $Patterns)
    Initialize-Random -Seed $Seed
    Initialize-LogCatalogs
    $dir = Join-Path $Root 'tests/RocketChatAnalyzer.Engine.Tests/Fixtures/logs'
    $utf8 = [System.Text.UTF8Encoding]::new($false)
    $all = [System.Collections.Generic.List[object]]::new()

    # docker logs / docker logs -t: same records, two renderings.
    Start-Fixture -Use 'Fixtures/logs/docker-logs.txt' -StartIso '2025-11-23T09:12:03.117Z' -HostName '9ad73d11caf9'
    $script:RcSource = 'rocketchat'
    Add-DockerSession
    $r = ConvertTo-FixtureText -Transport 'docker'
    $all.Add((Write-LogFixture $dir 'docker-logs.txt' $utf8.GetBytes($r.Text) 'docker' $r.Starts '`docker logs` of a Rocket.Chat 7.8.0 container: stdout and stderr interleaved, a crash (MongoDB unreachable), then the restart.'))
    $keep = $script:Records
    Start-Fixture -Use 'Fixtures/logs/docker-logs-t.txt' -StartIso '2025-11-23T09:12:03.117Z' -HostName '9ad73d11caf9'
    foreach ($rec in $keep) { $script:Records.Add($rec) }
    foreach ($x in (Get-CorpusUsage -UsePrefix 'Fixtures/logs/docker-logs.txt')) { Register-CorpusUse $x.Id -Use $script:FixtureUse }
    $r = ConvertTo-FixtureText -Transport 'docker-t'
    $all.Add((Write-LogFixture $dir 'docker-logs-t.txt' $utf8.GetBytes($r.Text) 'docker-t' $r.Starts 'The same container as docker-logs.txt with `docker logs -t`: every line carries an RFC3339Nano prefix (trailing zeros dropped, as Go prints them).'))

    # docker compose logs: service prefixes, MongoDB's own JSON log lines interleaved.
    Start-Fixture -Use 'Fixtures/logs/compose-logs.txt' -StartIso '2025-11-23T09:12:01.560Z' -HostName 'a41f7c09be13'
    $script:RcSource = 'rocketchat-1'
    $script:MongoSource = 'mongodb-1'
    Add-DockerSession -WithMongo
    $script:RcSource = 'rocketchat'
    $r = ConvertTo-FixtureText -Transport 'compose'
    $all.Add((Write-LogFixture $dir 'compose-logs.txt' $utf8.GetBytes($r.Text) 'compose' $r.Starts '`docker compose logs` (Compose v2): `rocketchat-1  | ` and `mongodb-1     | ` prefixes; mongod 7.0 structured JSON lines interleaved at entry boundaries.' -BySource))

    # kubectl logs --prefix: two pods of one deployment, one after the other.
    Start-Fixture -Use 'Fixtures/logs/kubectl-logs.txt' -StartIso '2025-11-23T10:02:44.301Z' -HostName 'rocketchat-7d9f8c6b5-x2kq4'
    $script:RcSource = 'rocketchat-7d9f8c6b5-x2kq4'
    Add-FxStartup -NoStderr
    Add-FxHttp -Count 3
    Step-FxClock 500 3000
    Add-FxPino -Level 50 -Name 'System' -Fields @('msg', 'Failed to get Workspace AccessToken from Rocket.Chat Cloud', 'url', '/api/oauth/token', 'err', (New-PinoErr -Type 'FetchError' -Message 'network timeout at: https://cloud.rocket.chat/api/oauth/token' -Frames @('Timeout.<anonymous> (/app/bundle/programs/server/npm/node_modules/@rocket.chat/server-fetch/node_modules/node-fetch/lib/index.js:1437:13)', 'listOnTimeout (node:internal/timers:594:17)') -Extra @('name', 'FetchError')), 'msg', 'network timeout at: https://cloud.rocket.chat/api/oauth/token')
    Register-CorpusUse 136 -Use $script:FixtureUse
    Add-FxHttp -Count 2
    $script:FxClock = [DateTimeOffset]::Parse('2025-11-23T10:02:46.877Z', [cultureinfo]::InvariantCulture).UtcDateTime
    $script:FxHost = 'rocketchat-7d9f8c6b5-q8m2n'
    $script:RcSource = 'rocketchat-7d9f8c6b5-q8m2n'
    $firstNode = $script:NodeId
    $script:NodeId = $script:SecondNodeId
    Add-FxStartup -NoStderr
    $script:NodeId = $firstNode
    Step-FxClock 200 900
    Add-FxMoleculer 'INFO' 'REGISTRY' "Node '$firstNode' connected." -NodeId $script:SecondNodeId
    Add-FxHttp -Count 2
    Step-FxClock 500 3000
    Add-FxPino -Level 40 -Name 'DeprecationWarning' -Fields @('section', 'API', 'msg', 'The endpoint "/v1/channels.history" is deprecated and will be removed on version 8.0.0')
    $script:RcSource = 'rocketchat'
    $r = ConvertTo-FixtureText -Transport 'kubectl'
    $all.Add((Write-LogFixture $dir 'kubectl-logs.txt' $utf8.GetBytes($r.Text) 'kubectl' $r.Starts '`kubectl logs -l app.kubernetes.io/name=rocketchat --prefix`: two pods of a 7.8.0 deployment, `[pod/<name>/rocketchat] ` prefixes.' -BySource))

    Write-JournaldFixture -Dir $dir -All $all
    Write-SyslogFixture -Dir $dir -All $all
    Write-MeteorFixtures -Dir $dir -All $all
    Write-PinoFixtures -Dir $dir -All $all
    Write-DamagedFixture -Dir $dir -All $all
    Write-LogFixturesReadme -Dir $dir -All $all
}

function Assert-Verbatim {
    param([int] $Id, [string] $Text)
    $c = Get-CorpusLine $Id -Use $script:FixtureUse
    if ($c -cne $Text) { throw "Corpus line $Id is not reproduced verbatim:`n  corpus:    $c`n  generated: $Text" }
}

function Write-JournaldFixture {
    param([string] $Dir, $All)
    Start-Fixture -Use 'Fixtures/logs/journald.txt' -StartIso '2025-03-14T07:58:11.402Z' -HostName 'chat' -ProcessId 2477
    $script:RcSource = 'rocketchat-server.rocketchat-server[2477]'
    $u = $script:FixtureUse
    Add-Record -Lines @('Started snap.rocketchat-server.rocketchat-server.service - Service for snap application rocketchat-server.rocketchat-server.') -Source 'systemd[1]'
    Step-FxClock 400 900
    Add-FxStartup -Version '7.4.1' -Node '20.18.0' -Mongo '6.0.13'
    Add-FxHttp -Count 3
    Step-FxClock 1000 5000
    Add-Record -Lines @((Get-CorpusLine 124 -Use $u), '    at Function.EJSON.clone (packages/ejson/ejson.js:608:3)', '    at packages/ejson/ejson.js:620:22', '    at Array.forEach (<anonymous>)')
    Add-FxHttp -Count 2
    Step-FxClock 5000 20000
    Add-Record -Lines @(
        (Get-CorpusLine 72 -Use $u),
        '    at Timeout._onTimeout (/snap/rocketchat-server/2012/programs/server/npm/node_modules/mongodb/lib/sdam/topology.js:292:38)',
        '    at listOnTimeout (node:internal/timers:581:17)',
        '    at process.processTimers (node:internal/timers:519:7) {',
        '  reason: TopologyDescription {',
        "    type: 'Single',",
        "    servers: Map(1) { '127.0.0.1:27017' => [ServerDescription] },",
        '    stale: false,',
        '    compatible: true',
        '  },',
        '  code: undefined,',
        '  [Symbol(errorLabels)]: Set(0) {}',
        '}')
    Step-FxClock 100 900
    Add-FxUnhandledRejection
    Step-FxClock 100 900
    Add-FxCrash -NodeVersion 'v20.18.0'
    Step-FxClock 10 40
    Add-Record -Lines @('snap.rocketchat-server.rocketchat-server.service: Main process exited, code=exited, status=1/FAILURE') -Source 'systemd[1]'
    Add-Record -Lines @("snap.rocketchat-server.rocketchat-server.service: Failed with result 'exit-code'.") -Source 'systemd[1]'
    Step-FxClock 9000 11000
    Add-Record -Lines @('Started snap.rocketchat-server.rocketchat-server.service - Service for snap application rocketchat-server.rocketchat-server.') -Source 'systemd[1]'
    $script:FxPid = 2519
    $script:RcSource = 'rocketchat-server.rocketchat-server[2519]'
    Add-FxStartup -Version '7.4.1' -Node '20.18.0' -Mongo '6.0.13'
    Add-FxHttp -Count 2
    $script:RcSource = 'rocketchat'
    $r = ConvertTo-FixtureText -Transport 'journald' -Options @{ Host = 'chat'; OffsetHours = 1 }
    $All.Add((Write-LogFixture $Dir 'journald.txt' ([System.Text.UTF8Encoding]::new($false).GetBytes($r.Text)) 'journald' $r.Starts '`journalctl -u snap.rocketchat-server.rocketchat-server -o short-iso` of a snap (7.4.1) install: ISO timestamp with offset, host, `rocketchat-server.rocketchat-server[pid]: `; systemd unit messages; a crash and the restart under a new pid.'))
}

function Write-SyslogFixture {
    param([string] $Dir, $All)
    # Issue #33425: a 6.12.1 snap on host "chat.io", node pid 13881, 2024-10-03 (server clock UTC-4).
    Start-Fixture -Use 'Fixtures/logs/syslog.txt' -StartIso '2024-10-03T14:39:38.211Z' -HostName 'chat.io' -ProcessId 13881
    $script:RcSource = 'rocketchat-server.rocketchat-server[13881]'
    Add-Record -Lines @('Started Service for snap application rocketchat-server.rocketchat-server.') -Source 'systemd[1]'
    Step-FxClock 900 1500
    Add-Record -Lines @(((Get-CorpusLine 2 -Use $script:FixtureUse).TrimEnd() + ' '))
    $script:FxClock = [DateTimeOffset]::Parse('2024-10-03T14:39:40.929Z', [cultureinfo]::InvariantCulture).UtcDateTime
    Add-FxPino -Level 30 -Name 'System' -Fields @('msg', 'Using GridFS for custom sounds storage')
    Assert-Verbatim 50 $script:Records[-1].Lines[0]
    $script:FxClock = [DateTimeOffset]::Parse('2024-10-03T14:39:40.993Z', [cultureinfo]::InvariantCulture).UtcDateTime
    Add-FxPino -Level 30 -Name 'VersionCheck' -Fields @('msg', 'Checking for version updates')
    Assert-Verbatim 52 $script:Records[-1].Lines[0]
    $script:FxClock = [DateTimeOffset]::Parse('2024-10-03T14:39:41.034Z', [cultureinfo]::InvariantCulture).UtcDateTime
    Add-FxPino -Level 20 -Name 'OmnichannelQueue' -Fields @('msg', 'Routing method supports auto assignment', 'method', 'Manual_Selection', 'status', 'Stopping')
    Assert-Verbatim 230 $script:Records[-1].Lines[0]
    Step-FxClock 800 1500
    $box = Get-BoxLines -Title 'SERVER RUNNING' -Message (Get-ServerRunningMessage -Version '6.12.1' -Node '14.21.4' -Mongo '5.0.24' -SiteUrl 'http://chat.io:3000' -Commit '8d9c0a7e35')
    if ($box -cnotcontains (Get-CorpusLine 54 -Use $script:FixtureUse)) { throw 'syslog box does not reproduce corpus line 54' }
    Add-Record -Lines $box
    Add-FxHttp -Count 3
    Step-FxClock 2000 9000
    Register-CorpusUse 146 -Use $script:FixtureUse
    Add-FxPino -Level 50 -Name 'LDAP' -Fields @('err', (New-PinoErr -Type 'Error' -Message 'Timeout' -Frames @('Timeout._onTimeout (server/lib/ldap/Connection.ts:775:35)', 'listOnTimeout (node:internal/timers:569:17)', 'process.processTimers (node:internal/timers:512:7)')), 'msg', 'Timeout')
    Step-FxClock 1000 4000
    Add-Record -Lines @((Get-CorpusLine 244 -Use $script:FixtureUse))
    Add-FxHttp -Count 2
    Step-FxClock 1000 4000
    Add-Record -Lines @((Get-CorpusLine 126 -Use $script:FixtureUse), '    at Object.unreadMessages (app/message-mark-as-unread/server/unreadMessages.ts:21:10)', '    at MethodInvocation.unreadMessages (app/message-mark-as-unread/server/unreadMessages.ts:61:14)')
    Step-FxClock 1000 4000
    Add-FxPino -Level 40 -Name 'DeprecationWarning' -Fields @('section', 'METHOD', 'msg', 'The method "getUsersOfRoom" is deprecated and will be removed on version 7.0.0')
    $script:RcSource = 'rocketchat'
    $r = ConvertTo-FixtureText -Transport 'syslog' -Options @{ Host = 'chat'; OffsetHours = -4 }
    $All.Add((Write-LogFixture $Dir 'syslog.txt' ([System.Text.UTF8Encoding]::new($false).GetBytes($r.Text)) 'syslog' $r.Starts '/var/log/syslog of the 6.12.1 snap from issue #33425 (`Oct  3 10:39:40 chat rocketchat-server.rocketchat-server[13881]: ` prefixes, space-padded day). The three pino lines and the box version line are verbatim.'))
}

function Write-MeteorFixtures {
    param([string] $Dir, $All)
    $utf8 = [System.Text.UTF8Encoding]::new($false)
    Start-Fixture -Use 'Fixtures/logs/meteor-3x.txt' -StartIso '2019-05-14T04:34:00.000Z' -HostName 'rocketchat'
    $u = $script:FixtureUse
    $c = { param($id) Get-CorpusLine $id -Use $u }
    Add-Record -Lines @((& $c 30)) -Level 'Info'
    # LoggerManager box: every line carries the "➔ " prefix, so each line is its own entry.
    $box = @(Get-BoxLines -Title 'SERVER RUNNING' -Message (Get-ServerRunningMessage -Version '4.0.0' -Node '12.22.1' -Mongo '4.0.27' -SiteUrl 'https://chat.scformulae.com' -Commit '2f33bd7896') | ForEach-Object { '➔ ' + $_ })
    foreach ($id in 12, 14) { if ($box -cnotcontains (& $c $id)) { throw "meteor box does not reproduce corpus line $id" } }
    foreach ($l in $box) { Add-Record -Lines @($l) }
    foreach ($id in 16, 58, 184) { Add-Record -Lines @((& $c $id)) -Level 'Info' }
    foreach ($id in 26, 6, 4, 56, 18, 48) { Add-Record -Lines @((& $c $id)) }
    Add-Record -Lines @((& $c 170))
    Add-Record -Lines @((& $c 164))
    foreach ($id in 186, 182, 188, 180, 142, 138) { Add-Record -Lines @((& $c $id)) -Level 'Info' }
    Add-Record -Lines @((& $c 158)) -Level 'Warn'
    foreach ($id in 98, 122, 198) { Add-Record -Lines @((& $c $id)) -Level 'Info' }
    Add-Record -Lines @((& $c 128))
    Add-Record -Lines @((& $c 148), '    at SAML.validateResponse (packages/steffo_meteor-accounts-saml/saml_utils.js:417:15)', '    at Accounts.registerLoginHandler (packages/steffo_meteor-accounts-saml/saml_server.js:104:14)')
    Add-Record -Lines @((& $c 152))
    Add-Record -Lines @((& $c 126), '    at Object.unreadMessages (app/message-mark-as-unread/server/unreadMessages.js:14:10)', '    at DDPCommon.MethodInvocation.unreadMessages (packages/rocketchat_lib.js:11820:14)')
    foreach ($id in 212, 242, 178, 130, 144) { Add-Record -Lines @((& $c $id)) }
    Add-Record -Lines @((& $c 114), (& $c 116), '  at Subscription._handler (/home/rocketchat/Rocket.Chat/programs/server/packages/rocketchat_streamer.js:517:24)')
    Add-Record -Lines @((& $c 118), '    at Function.EJSON.clone (packages/ejson/ejson.js:608:3)', '    at packages/ejson/ejson.js:620:22', '    at Array.forEach (<anonymous>)')
    Register-CorpusUse 78 -Use $u
    Add-Record -Lines @((& $c 82), '    at handleDoc (packages/mongo/oplog_tailing.js:320:24)', (& $c 88))
    Add-Record -Lines @((& $c 166), (& $c 162), "  code: 'EAUTH',", "  response: '503 5.5.1 Error: authentication not enabled',", '  responseCode: 503,', "  command: 'AUTH PLAIN' }")
    Add-Record -Lines @('rocketchat_logger rocketchat_logger.js:278 LDAP ➔ Connection.error connection { Error: read ECONNRESET', '    at _errnoException (util.js:1022:11)', '    at TCP.onread (net.js:615:25)', (& $c 140))
    Add-Record -Lines @((& $c 74), '    at Pool.<anonymous> (/app/bundle/programs/server/npm/node_modules/meteor/npm-mongo/node_modules/mongodb-core/lib/topologies/server.js:336:35)', '    at emitOne (events.js:116:13)')
    Add-Record -Lines @('MongoNetworkError: connection 5 to mongo:27017 timed out', '    at Socket.<anonymous> (/app/bundle/programs/server/npm/node_modules/meteor/npm-mongo/node_modules/mongodb-core/lib/connection/connection.js:259:7)', (& $c 80), "  errorLabels: [ 'TransientTransactionError' ],", '  [Symbol(mongoErrorContextSymbol)]: {} }')
    Add-Record -Lines @((& $c 168), '    at TLSSocket.<anonymous> (_tls_wrap.js:1116:38)', '    at emitNone (events.js:106:13)', "  code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY' }")
    Add-Record -Lines @("Error: ENOENT: no such file or directory, open '/app/uploads/tmp/yT8n2Qa7'", '  errno: -2,', (& $c 206), "  syscall: 'open',", "  path: '/app/uploads/tmp/yT8n2Qa7' }")
    Add-Record -Lines @((& $c 244))
    Add-Record -Lines @((& $c 236))
    Add-Record -Lines @((& $c 240))
    # A copy from the Rancher UI: its timestamp is glued to the text (no separator).
    Add-Record -Lines @((& $c 44))
    Add-Record -Lines @((& $c 238))
    $r = ConvertTo-FixtureText -Transport 'docker'
    $All.Add((Write-LogFixture $Dir 'meteor-3x.txt' $utf8.GetBytes($r.Text) 'docker' $r.Starts 'Pre-pino output (Rocket.Chat 0.x-4.0): Meteor Log.format lines (I/W prefix, UTC offset, optional (file:line)), RC LoggerManager `➔` lines and box, console.log stacks and util.inspect tails. A collage of real lines (verbatim, see CorpusLines) in a plausible order, so timestamps jump between years.'))

    Start-Fixture -Use 'Fixtures/logs/meteor-json.txt' -StartIso '2020-09-29T23:23:02.000Z' -HostName 'rocketchat'
    $u = $script:FixtureUse
    $meteorJson = {
        param([string] $Line, [string] $File, [string] $Message, [long] $Ms, [string] $Level)
        return '{"line":"' + $Line + '","file":"' + $File + '","message":' + (Format-JsonString $Message) + ',"time":{"$date":' + $Ms + '},"level":"' + $Level + '"}'
    }
    Add-Record -Lines @((& $meteorJson '114' 'migrations.js' 'Migrations: Not migrating, already at version 197' 1601421782101 'info')) -Level 'Info'
    Add-Record -Lines @((Get-CorpusLine 70 -Use $u)) -Level 'Info'
    Add-Record -Lines @((& $meteorJson '120' 'migrations.js' 'Migrations: Running up() on version 199' 1601421782612 'info')) -Level 'Info'
    Add-Record -Lines @((Get-CorpusLine 8 -Use $u))
    foreach ($l in @(Get-BoxLines -Title 'SERVER RUNNING' -Message (Get-ServerRunningMessage -Version '3.7.0' -Node '12.18.4' -Mongo '4.0.20' -SiteUrl 'https://chat.fabrikam.example' -Commit '0c5b87f97c') | ForEach-Object { '➔ ' + $_ })) { Add-Record -Lines @($l) }
    Add-Record -Lines @((& $meteorJson '91' 'server.js' 'Exception while invoking method ''sendMessage'' Error: You are not authorized to change message properties [error-not-authorized]' 1601422011220 'error')) -Level 'Error'
    Add-Record -Lines @((Get-CorpusLine 156 -Use $u)) -Level 'Warn'
    Add-Record -Lines @((& $meteorJson '275' 'ldap.js' 'LDAP: Attempt to bind uid=jozef.wisniewski,ou=people,dc=fabrikam,dc=example' 1601422102917 'debug')) -Level 'Debug'
    Add-Record -Lines @((& $meteorJson '78' 'oplog_handle.js' 'Oplog tailing failed, retrying in 5s' 1601422110004 'warn')) -Level 'Warn'
    Add-Record -Lines @((Get-CorpusLine 242 -Use $u))
    $r = ConvertTo-FixtureText -Transport 'docker'
    $All.Add((Write-LogFixture $Dir 'meteor-json.txt' $utf8.GetBytes($r.Text) 'docker' $r.Starts 'Rocket.Chat 3.7 `docker logs` without a TTY: Meteor Log emits JSON lines (`message`, string `level`, EJSON `time.$date` epoch ms) mixed with LoggerManager `➔` lines.'))
}

function Write-PinoFixtures {
    param([string] $Dir, $All)
    # Host and first lines of issue #32054 (License lines, 2024-03-22).
    Start-Fixture -Use 'Fixtures/logs/pino.jsonl' -StartIso '2024-03-22T08:39:21.402Z' -HostName '5da1500dd509'
    $u = $script:FixtureUse
    Register-CorpusUse 66 -Use $u
    Add-FxPino -Level 51 -Name 'Migrations' -Fields @('msg', 'Migrating from version 303 -> 304')
    Step-FxClock 400 900
    Add-FxPino -Level 30 -Name 'System' -Fields @('msg', 'Using GridFS for custom sounds storage')
    Register-CorpusUse 50 -Use $u
    $script:FxClock = [DateTimeOffset]::Parse('2024-03-22T08:39:23.647Z', [cultureinfo]::InvariantCulture).UtcDateTime
    Add-FxPino -Level 30 -Name 'License' -Fields @('msg', 'New Enterprise License')
    Assert-Verbatim 216 $script:Records[-1].Lines[0]
    $script:FxClock = [DateTimeOffset]::Parse('2024-03-22T08:39:23.650Z', [cultureinfo]::InvariantCulture).UtcDateTime
    Add-FxPino -Level 30 -Name 'License' -Fields @('msg', 'Limit validation failed', 'kind', 'roomsPerGuest', 'limit', [ordered]@{ max = 0; behavior = 'start_fair_policy' })
    $script:FxClock = [DateTimeOffset]::Parse('2024-03-22T08:39:23.750Z', [cultureinfo]::InvariantCulture).UtcDateTime
    Add-FxPino -Level 30 -Name 'License' -Fields @('msg', 'Limit validation failed', 'kind', 'guestUsers', 'limit', [ordered]@{ max = 0; behavior = 'start_fair_policy' })
    Assert-Verbatim 218 $script:Records[-1].Lines[0]
    Step-FxClock 5 20
    Register-CorpusUse 222 -Use $u
    Add-FxPino -Level 20 -Name 'License' -Fields @('msg', 'license', 'decrypted', [ordered]@{ version = '3.0'; information = [ordered]@{ id = '65fd3a0b9c1e2f4a5b6c7d8e'; autoRenew = $true; trial = $false; offline = $false; createdAt = '2024-03-22T08:30:00.000Z' }; validation = [ordered]@{ serverUrls = @([ordered]@{ value = 'chat.fabrikam.example'; type = 'url' }) }; grantedModules = @([ordered]@{ module = 'livechat-enterprise' }, [ordered]@{ module = 'scalability' }) })
    Step-FxClock 5 20
    Register-CorpusUse 220 -Use $u
    Add-FxPino -Level 51 -Name 'License' -Fields @('msg', 'License installed', 'version', '3.0', 'hash', '72JiAB-9')
    Step-FxClock 100 400
    Add-FxPino -Level 30 -Name 'OmnichannelQueue' -Fields @('msg', 'Service started')
    Register-CorpusUse 224 -Use $u
    Step-FxClock 1 5
    Register-CorpusUse 230 -Use $u
    Add-FxPino -Level 20 -Name 'OmnichannelQueue' -Fields @('msg', 'Routing method supports auto assignment', 'method', 'Manual_Selection', 'status', 'Stopping')
    Add-FxHttp -Count 4
    # Builds with LESS_INFO_LOGS / packages/logger @0a9de745 log http at level 20.
    Step-FxClock 100 900
    Add-FxPino -Level 20 -Name 'API' -Fields (Get-FxHttpLine -Url '/api/v1/im.list' -ResponseTime 14)
    Step-FxClock 100 900
    $usr = Get-RandomItem $script:Users
    Add-FxPino -Level 35 -Name 'Meteor' -Fields @('method', 'loadHistory', 'userId', $usr.Id, 'userAgent', $script:Clients[0].UA, 'referer', "$($script:SiteUrl)/channel/general", 'remoteIP', $usr.IP, 'instanceId', $script:NodeId)
    Step-FxClock 100 900
    Add-FxPino -Level 35 -Name 'Meteor' -Fields @('publication', 'stream-notify-user', 'userId', $usr.Id, 'userAgent', $script:Clients[4].UA, 'remoteIP', $usr.IP, 'instanceId', $script:NodeId)
    Step-FxClock 100 900
    Add-FxPino -Level 40 -Name 'DeprecationWarning' -Fields @('section', 'STREAM', 'msg', 'The stream "stream-notify-room/user-activity" is deprecated and will be removed on version 7.0.0')
    Step-FxClock 1000 9000
    Add-FxPino -Level 50 -Name 'LDAP' -Fields @('section', 'Connection', 'msg', 'connection time out', 'timeout', 1000)
    Register-CorpusUse 146 -Use $u
    Step-FxClock 2 8
    Add-FxPino -Level 50 -Name 'LDAP' -Fields @('err', (New-PinoErr -Type 'Error' -Message 'Timeout' -Frames @('Timeout._onTimeout (server/lib/ldap/Connection.ts:775:35)', 'listOnTimeout (node:internal/timers:569:17)', 'process.processTimers (node:internal/timers:512:7)')), 'msg', 'Timeout')
    Step-FxClock 1000 9000
    Register-CorpusUse 136 -Use $u
    Add-FxPino -Level 50 -Name 'System' -Fields @('msg', 'Failed to get Workspace AccessToken from Rocket.Chat Cloud', 'url', '/api/oauth/token', 'scope', 'workspace:license:read workspace:client:write workspace:stats:write workspace:push:send marketplace:read marketplace:download fedhub:register', 'err', (New-PinoErr -Type 'FetchError' -Message 'network timeout at: https://cloud.rocket.chat/api/oauth/token' -Frames @('Timeout.<anonymous> (/app/bundle/programs/server/npm/node_modules/meteor/fetch/node_modules/node-fetch/lib/index.js:1437:13)', 'listOnTimeout (internal/timers.js:557:17)', 'processTimers (internal/timers.js:500:7)') -Extra @('name', 'FetchError')), 'msg', 'network timeout at: https://cloud.rocket.chat/api/oauth/token')
    Step-FxClock 1000 9000
    Register-CorpusUse 134 -Use $u
    $m = 'Meteor.userId can only be invoked in method calls or publications.'
    Add-FxPino -Level 50 -Name 'Slack Importer' -Fields @('err', (New-PinoErr -Type 'Error' -Message $m -Frames @('AccountsServer.userId (packages/accounts-base/accounts_server.js:117:13)', 'Object.Meteor.userId (packages/accounts-base/server_main.js:20:21)')), 'msg', $m)
    Step-FxClock 1000 9000
    Add-FxPino -Level 50 -Name 'Push' -Fields @('msg', 'Error sending push to gateway (5 try) -> {"response":{"statusCode":500,"content":"{\"code\":109,\"error\":\"internal error trying to send apn notification\",\"status\":500}","headers":{"content-type":"application/json"}}}')
    Register-CorpusUse 180 -Use $u
    Step-FxClock 1000 9000
    Add-FxPino -Level 30 -Name 'Livechat' -Fields @('msg', 'Chat closed by agent 佐藤 花 in department Kundendienst Süd', 'roomId', (New-MeteorId))
    Step-FxClock 1000 9000
    Register-CorpusUse 190 -Use $u
    Add-FxPino -Level 35 -Name 'API' -Fields (Get-FxHttpLine -Method 'POST' -Url '/api/apps/ab4728ec-613e-472f-a24c-b48a77aacfff/status' -Status 400 -ResponseTime 41 -Err (New-PinoErr -Type 'Error' -Message 'The App had compiler errors, can not enable it.' -Frames @('AppManager.<anonymous> (/app/bundle/programs/server/npm/node_modules/@rocket.chat/apps-engine/server/AppManager.js:313:23)', 'Generator.next (<anonymous>)')))
    Step-FxClock 1000 9000
    # Federation homeserver: numeric epoch-ms time and a second "name" key (#37261).
    Register-CorpusUse 246 -Use $u
    Add-FxPino -Level 50 -Name 'homeserver' -EpochTime -Fields @('name', 'ConfigService', 'msg', 'Configuration validation failed:', 'err', (New-PinoErr -Type 'ZodError' -Message "[`n  {`n    `"code`": `"too_small`",`n    `"path`": [`n      `"signingKeyPath`"`n    ]`n  }`n]" -Frames @('ZodObject.parse (/app/bundle/programs/server/npm/node_modules/zod/lib/types.js:160:22)')))
    Step-FxClock 1000 9000
    Add-FxPino -Level 60 -Name 'System' -Fields @('msg', 'uncaughtException', 'err', (New-PinoErr -Type 'TypeError' -Message "Cannot read properties of undefined (reading '_id')" -Frames @('Object.createWithTypeRoomIdMessageAndUser (app/lib/server/functions/createWithTypeRoomIdMessageAndUser.ts:21:50)', 'processTicksAndRejections (node:internal/process/task_queues:95:5)')))
    Add-FxHttp -Count 3
    $r = ConvertTo-FixtureText -Transport 'docker'
    $bytes = [System.Text.UTF8Encoding]::new($false).GetBytes($r.Text)
    $All.Add((Write-LogFixture $Dir 'pino.jsonl' $bytes 'docker' $r.Starts 'Raw pino JSON lines (6.x/7.x stdout) with the quirks of ROCKETCHAT-FORMATS §2.1: custom levels 35/51, http lines without msg, http at level 20 (LESS_INFO_LOGS builds), section, msg before extras and after err, two msg keys, two name keys with epoch-ms time, err objects with \n stacks, %j-embedded JSON, non-ASCII text, level 60.'))
    $keep = $script:Records
    Start-Fixture -Use 'Fixtures/logs/pino.jsonl.gz' -StartIso '2024-03-22T08:39:21.402Z' -HostName '5da1500dd509'
    foreach ($rec in $keep) { $script:Records.Add($rec) }
    foreach ($x in (Get-CorpusUsage -UsePrefix 'Fixtures/logs/pino.jsonl')) { Register-CorpusUse $x.Id -Use $script:FixtureUse }
    Write-GzipFile -Path (Join-Path $Dir 'pino.jsonl.gz') -Bytes $bytes
    $gz = [System.IO.Compression.GZipStream]::new([System.IO.File]::OpenRead((Join-Path $Dir 'pino.jsonl.gz')), [System.IO.Compression.CompressionMode]::Decompress)
    $ms = [System.IO.MemoryStream]::new(); $gz.CopyTo($ms); $gz.Dispose()
    $e = Get-FixtureExpected -Name 'pino.jsonl.gz' -Bytes $ms.ToArray() -Transport 'docker' -Starts $r.Starts -Description 'pino.jsonl compressed with gzip (same entries).'
    Write-JsonFile -Path (Join-Path $Dir 'pino.jsonl.gz.expected.json') -Value $e
    $All.Add($e)
}

# Private-use characters U+E000..U+E0FF stand for raw bytes 0x00..0xFF (invalid UTF-8 on purpose).
function ConvertTo-RawBytes {
    param([string] $Text, [switch] $Bom)
    $out = [System.Collections.Generic.List[byte]]::new()
    if ($Bom) { $out.AddRange([byte[]](0xEF, 0xBB, 0xBF)) }
    $utf8 = [System.Text.UTF8Encoding]::new($false)
    $sb = [System.Text.StringBuilder]::new()
    foreach ($ch in $Text.ToCharArray()) {
        if ([int]$ch -ge 0xE000 -and [int]$ch -le 0xE0FF) {
            if ($sb.Length -gt 0) { $out.AddRange($utf8.GetBytes($sb.ToString())); [void]$sb.Clear() }
            $out.Add([byte]([int]$ch - 0xE000))
        }
        else { [void]$sb.Append($ch) }
    }
    if ($sb.Length -gt 0) { $out.AddRange($utf8.GetBytes($sb.ToString())) }
    return , $out.ToArray()
}

function Write-DamagedFixture {
    param([string] $Dir, $All)
    Start-Fixture -Use 'Fixtures/logs/mixed-crlf-bom.txt' -StartIso '2025-11-23T11:05:12.048Z' -HostName '3e8a61f2c0d7'
    $raw = { param([int[]] $b) -join ($b | ForEach-Object { [char](0xE000 + $_) }) }
    Add-FxPino -Level 30 -Name 'System' -Fields @('msg', 'Using GridFS for custom sounds storage')
    Step-FxClock 5 30
    Add-Record -Lines @('LocalStore: store created at ')
    Add-FxHttp -Count 1
    Step-FxClock 100 900
    # Tab-indented frame: a tab is whitespace, so the line continues the entry.
    Add-Record -Lines @('Exception in setInterval callback: MongoServerSelectionError: connection closed', '    at Timeout._onTimeout (/app/bundle/programs/server/npm/node_modules/mongodb/lib/sdam/topology.js:292:38)', "`tat listOnTimeout (node:internal/timers:594:17)")
    Step-FxClock 100 900
    Add-Record -Lines @(('ufs: temp directory' + (& $raw 0) + ' created at "/tmp/ufs"'))
    Step-FxClock 100 900
    # Latin-1 bytes in a UTF-8 file (ö = F6, ü = FC), then a broken sequence and a UTF-16 surrogate in UTF-8 form.
    Add-Record -Lines @(('Sending email to j' + (& $raw 0xF6) + 'rg.m' + (& $raw 0xFC) + 'ller@fabrikam.example'))
    Add-Record -Lines @(('Invalid bytes follow: ' + (& $raw 0xC3, 0x28) + ' ' + (& $raw 0xFF, 0xFE) + ' ' + (& $raw 0xED, 0xA0, 0x80) + ' end'))
    Step-FxClock 100 900
    Add-Record -Lines @('Zoë Martin (佐藤 花) joined room «équipe-produit» 🚀')
    Step-FxClock 100 900
    Add-FxPino -Level 50 -Name 'Mailer' -Fields @('msg', 'Error sending email', 'err', (New-PinoErr -Type 'Error' -Message 'Connection timeout' -Frames @('SMTPConnection._formatError (/app/bundle/programs/server/npm/node_modules/nodemailer/lib/smtp-connection/index.js:809:19)') -Extra @('code', 'ETIMEDOUT', 'command', 'CONN')))
    Add-FxHttp -Count 2
    $r = ConvertTo-FixtureText -Transport 'docker' -Newline "`r`n"
    # The file ends without a line terminator.
    $text = $r.Text.Substring(0, $r.Text.Length - 2)
    $bytes = ConvertTo-RawBytes -Text $text -Bom
    $All.Add((Write-LogFixture $Dir 'mixed-crlf-bom.txt' $bytes 'docker' $r.Starts 'A damaged log: UTF-8 BOM, CRLF line ends, no final line end, a NUL byte, Latin-1 bytes, invalid UTF-8 sequences (C3 28, FF FE, ED A0 80), valid non-ASCII text and a tab-indented stack frame.'))
}

function Write-LogFixturesReadme {
    param([string] $Dir, $All)
    $sb = [System.Text.StringBuilder]::new()
    [void]$sb.AppendLine('# Log fixtures')
    [void]$sb.AppendLine()
    [void]$sb.AppendLine('Generated by `tools/New-SampleDump.ps1` — do not edit by hand; change the generator and rerun it.')
    [void]$sb.AppendLine('Each `<file>.expected.json` holds values computed by the generator''s reference model (not by the')
    [void]$sb.AppendLine('analyzer): `TotalEntries`, `LevelCounts`, `EntryStartLines` (1-based line of each entry''s first line),')
    [void]$sb.AppendLine('`BlankLines`, `UnparsedEntries`, per-source counts where a transport names the source, and the corpus')
    [void]$sb.AppendLine('line ids used. The entry rules are in `docs/SAMPLES.md` ("Text logs"); corpus ids resolve to source')
    [void]$sb.AppendLine('URLs below and in `samples/SOURCES.md`.')
    [void]$sb.AppendLine()
    [void]$sb.AppendLine('| file | transport | entries | Trace/Debug/Info/Http/Warn/Error/Startup/Fatal/Unknown | what it is |')
    [void]$sb.AppendLine('|---|---|---|---|---|')
    foreach ($e in $All) {
        $lv = ($e.LevelCounts.Values | ForEach-Object { $_ }) -join '/'
        [void]$sb.AppendLine("| ``$($e.File)`` | $($e.Transport) | $($e.TotalEntries) | $lv | $($e.Description -replace '\|', '\|') |")
    }
    [void]$sb.AppendLine()
    [void]$sb.AppendLine('## Corpus lines used')
    [void]$sb.AppendLine()
    [void]$sb.AppendLine('| corpus id | status | source | files |')
    [void]$sb.AppendLine('|---|---|---|---|')
    foreach ($r in (Get-CorpusUsage -UsePrefix 'Fixtures/logs/')) {
        $files = @($r.Uses | ForEach-Object { $_.Substring('Fixtures/logs/'.Length) }) -join ', '
        [void]$sb.AppendLine("| $($r.Id) | $($r.Status) | $($r.Source) | $files |")
    }
    Write-TextFile -Path (Join-Path $Dir 'README.md') -Text $sb.ToString()
}
