# Writes samples/: the 7.8.0 support dump folder, its zip, a bare "Download Info" statistics.json,
# the independent expected values and SOURCES.md.

Set-StrictMode -Version 3.0

function Get-ItemSecretIds {
    param([object[]] $Items)
    return @(foreach ($i in $Items) { if ($i.String.Contains($script:SecretMarker)) { $i.Id } })
}

# Checks the intended structure recorded while generating against what the model reads back.
function Assert-QueueModel {
    param($Joined)
    foreach ($e in $Joined.Entries) {
        $first = $e.Items[0]
        if ($first.Intended -eq 'join' -or $first.Intended -eq 'blank') { throw "Model/generator mismatch: $($first.Id) starts an entry but was written as '$($first.Intended)'." }
        for ($i = 1; $i -lt $e.Items.Count; $i++) {
            if ($e.Items[$i].Intended -ne 'join') { throw "Model/generator mismatch: $($e.Items[$i].Id) joins the entry of $($first.Id) but was written as '$($e.Items[$i].Intended)'." }
        }
    }
}

function Assert-LevelModel {
    param($Joined, $Classified)
    for ($i = 0; $i -lt $Classified.Count; $i++) {
        $first = $Joined.Entries[$i].Items[0]
        if ($first.Intended -ne $Classified[$i].Level) { throw "Model/generator mismatch: $($first.Id) was written as $($first.Intended) but reads as $($Classified[$i].Level)." }
    }
}

function Get-LogExpected {
    param([object[]] $Items, $Patterns)
    $joined = Join-QueueItems -Items $Items
    Assert-QueueModel $joined
    $classified = Get-QueueClassification -Entries $joined.Entries
    Assert-LevelModel $joined $classified
    $m = Measure-Entries -Classified $classified -Patterns $Patterns
    $gaps = [System.Collections.Generic.List[object]]::new()
    for ($i = 1; $i -lt $Items.Count; $i++) {
        if ($Items[$i - 1].Id -notmatch '^logid-\d+$' -or $Items[$i].Id -notmatch '^logid-\d+$') { continue }
        $a = [int]$Items[$i - 1].Id.Substring(6); $b = [int]$Items[$i].Id.Substring(6)
        if ($b -ne $a + 1) { $gaps.Add([ordered]@{ After = $Items[$i - 1].Id; Next = $Items[$i].Id }) }
    }
    $multiItem = 0
    foreach ($e in $joined.Entries) { if ($e.Items.Count -gt 1) { $multiItem++ } }
    return [ordered]@{
        QueueItems = $Items.Count
        BlankItems = $joined.BlankItems
        FirstId = $Items[0].Id
        LastId = $Items[-1].Id
        IdGaps = $gaps.ToArray()
        TotalEntries = $m.TotalEntries
        EntriesSpanningSeveralItems = $multiItem
        LevelCounts = $m.LevelCounts
        FirstTimestamp = $m.FirstTimestamp
        LastTimestamp = $m.LastTimestamp
        EntriesWithoutTimestamp = $m.EntriesWithoutTimestamp
        UnparsedEntries = $m.UnparsedEntries
        PatternCounts = $m.PatternCounts
        CategoryCounts = $m.CategoryCounts
        ItemsWithFakeSecrets = @(Get-ItemSecretIds $Items)
    }
}

function Get-SettingsExpected {
    param([object[]] $Docs, $Thresholds)
    $secret = [System.Collections.Generic.List[string]]::new()
    $flagged = [System.Collections.Generic.List[string]]::new()
    $masked = [System.Collections.Generic.List[string]]::new()
    $marker = [System.Collections.Generic.List[string]]::new()
    $weak = [System.Collections.Generic.List[object]]::new()
    foreach ($d in $Docs) {
        $id = $d['_id']
        $isSecret = Test-SecretSetting $d
        if ($isSecret) { $secret.Add($id) }
        if (($d.Contains('type') -and $d['type'] -eq 'password') -or ($d.Contains('secret') -and $d['secret'] -eq $true)) { $flagged.Add($id) }
        if ($d.Contains('hasValue')) { $masked.Add($id) }
        if ($d['value'] -is [string] -and $d['value'].Contains($script:SecretMarker)) {
            $marker.Add($id)
            if (-not $isSecret) { throw "Setting $id holds a fake secret but the secret rule does not select it." }
        }
        $reason = Get-WeakSpotReason $d $Thresholds
        if ($reason) { $weak.Add([ordered]@{ Id = $id; Value = $d['value']; Reason = $reason }) }
    }
    return [ordered]@{
        Total = $Docs.Count
        SecretIds = $secret.ToArray()
        SecretIdsByFlag = $flagged.ToArray()
        MaskedSecretIds = $masked.ToArray()
        IdsWithFakeSecretValues = $marker.ToArray()
        WeakSpotIds = @(foreach ($w in $weak) { $w.Id })
        WeakSpots = $weak.ToArray()
    }
}

function Get-OmnichannelExpected {
    param([object[]] $Docs)
    $byId = @{}
    foreach ($d in $Docs) { $byId[$d['_id']] = $d }
    $weak = [System.Collections.Generic.List[object]]::new()
    if ($byId['Livechat_Routing_Method']['value'] -eq 'Manual_Selection') { $weak.Add([ordered]@{ Id = 'Livechat_Routing_Method'; Value = 'Manual_Selection'; Reason = 'manual routing: chats wait until an agent picks them' }) }
    if ($byId['Livechat_display_offline_form']['value'] -eq $false) { $weak.Add([ordered]@{ Id = 'Livechat_display_offline_form'; Value = $false; Reason = 'offline form hidden: visitors cannot leave a message (Livechat_offline_form_unavailable text is shown instead)' }) }
    $ee = @(foreach ($d in $Docs) { if ($d.Contains('enterprise')) { $d['_id'] } })
    return [ordered]@{
        Total = $Docs.Count
        Enabled = $byId['Livechat_enabled']['value']
        RoutingMethod = $byId['Livechat_Routing_Method']['value']
        EnterpriseSettingIds = $ee
        SecretIds = @(foreach ($d in $Docs) { if (Test-SecretSetting $d) { $d['_id'] } })
        WeakSpotIds = @(foreach ($w in $weak) { $w.Id })
        WeakSpots = $weak.ToArray()
    }
}

function Get-StatisticsExpected {
    param($Stats, $Thresholds)
    $os = $Stats['os']
    $usedPct = [math]::Round(($os['totalmem'] - $os['freemem']) * 100.0 / $os['totalmem'], 2)
    $cpuCount = @($os['cpus']).Count
    $loadPerCpu = [math]::Round($os['loadavg'][0] / $cpuCount, 4)
    $onlinePerInstance = [math]::Round($Stats['onlineUsers'] / $Stats['instanceCount'], 2)
    $uploadsGB = [math]::Round($Stats['uploadsTotalSize'] / 1GB, 2)
    $triggered = [System.Collections.Generic.List[string]]::new()
    if ($usedPct -gt $Thresholds.memoryUsagePercent) { $triggered.Add('HighMemoryUsage') }
    if ($loadPerCpu -gt $Thresholds.loadAveragePerCpu) { $triggered.Add('HighLoadAverage') }
    if ($onlinePerInstance -gt $Thresholds.maxOnlineUsersPerInstance) { $triggered.Add('HighOnlineUsersPerInstance') }
    if ($uploadsGB -gt $Thresholds.uploadsTotalSizeGB) { $triggered.Add('LargeUploads') }
    if ($Stats['totalMessages'] -gt $Thresholds.maxMessages) { $triggered.Add('HighMessageVolume') }
    if ($Stats['uncaughtExceptionsCount'] -gt $Thresholds.uncaughtExceptions) { $triggered.Add('UncaughtExceptions') }
    if ($Stats['instanceCount'] -gt 1 -and -not $Stats['msEnabled']) { $triggered.Add('MultipleInstancesWithoutMicroservices') }
    if ([version]($Stats['mongoVersion']) -lt [version]($Thresholds.minMongoVersion)) { $triggered.Add('OldMongoVersion') }
    if (-not $Stats['oplogEnabled']) { $triggered.Add('OplogDisabled') }
    if ($Stats['migration']['locked']) { $triggered.Add('MigrationLocked') }
    return [ordered]@{
        Version = $Stats['version']
        UniqueId = $Stats['uniqueId']
        TotalUsers = $Stats['totalUsers']; OnlineUsers = $Stats['onlineUsers']; TotalMessages = $Stats['totalMessages']
        TotalMemory = $os['totalmem']; FreeMemory = $os['freemem']; MemoryUsedPercent = $usedPct
        LoadAverage = $os['loadavg']; CpuCount = $cpuCount; LoadAveragePerCpu = $loadPerCpu
        InstanceCount = $Stats['instanceCount']; MicroservicesEnabled = $Stats['msEnabled']; OnlineUsersPerInstance = $onlinePerInstance
        MongoVersion = $Stats['mongoVersion']; OplogEnabled = $Stats['oplogEnabled']
        MigrationLocked = $Stats['migration']['locked']; MigrationVersion = $Stats['migration']['version']
        UncaughtExceptionsCount = $Stats['uncaughtExceptionsCount']
        UploadsTotalSize = $Stats['uploadsTotalSize']; UploadsTotalSizeGB = $uploadsGB
        AppsTotalInstalled = $Stats['apps']['totalInstalled']; AppsTotalActive = $Stats['apps']['totalActive']; AppsTotalFailed = $Stats['apps']['totalFailed']
        TriggeredRules = $triggered.ToArray()
    }
}

function Get-AppsExpected {
    param([object[]] $Apps)
    $c = Get-AppCounts $Apps
    $c['Private'] = @(foreach ($a in $Apps) { if ($a['private']) { $a['name'] } })
    $c['WithLicenseErrors'] = @(foreach ($a in $Apps) { if ($a.Contains('licenseValidation')) { $a['name'] } })
    $c['StatusByName'] = [ordered]@{}
    foreach ($a in $Apps) { $c['StatusByName'][$a['name']] = $a['status'] }
    return $c
}

function Write-SampleDump {
    param([string] $Root, [int] $Seed, $Patterns, $Thresholds)
    Initialize-Random -Seed $Seed
    $dir = Join-Path $Root 'samples/7.8.0-support-dump'
    New-SampleQueue
    $items = $script:Queue.ToArray()

    $queue = @(foreach ($i in $items) { [ordered]@{ id = $i.Id; string = $i.String; ts = (Format-JsonDate $i.Ts) } })
    $files = [ordered]@{}
    $files['7.8.0-log.json'] = [ordered]@{ queue = $queue; success = $true }
    $settings = (Get-SampleSettingDocs).ToArray()
    $files['7.8.0-settings.json'] = $settings
    $stats = New-SampleStatistics
    $statsRest = [ordered]@{}
    foreach ($k in $stats.Keys) { $statsRest[$k] = $stats[$k] }
    $statsRest['success'] = $true
    $files['7.8.0-server-statistics.json'] = $statsRest
    $apps = New-SampleApps
    $files['7.8.0-apps-installed.json'] = [ordered]@{ apps = $apps; success = $true }
    $omni = @(foreach ($d in $settings) { if ($d['group'] -eq 'Omnichannel') { $d } })
    $files['7.8.0-omnichannel-settings.json'] = $omni

    $zipEntries = [System.Collections.Generic.List[object]]::new()
    foreach ($name in $files.Keys) {
        $path = Join-Path $dir $name
        Write-JsonFile -Path $path -Value $files[$name]
        $zipEntries.Add([pscustomobject]@{ Name = "7.8.0-support-dump/$name"; Bytes = [System.IO.File]::ReadAllBytes($path) })
    }
    Write-ZipFile -Path (Join-Path $Root 'samples/7.8.0-support-dump.zip') -Entries $zipEntries.ToArray()
    # Administration > Workspace > "Download Info" saves the statistics object alone.
    Write-JsonFile -Path (Join-Path $Root 'samples/statistics.json') -Value $stats

    $expected = [ordered]@{
        Description = 'Independent expected values for samples/7.8.0-support-dump (and the same files in samples/7.8.0-support-dump.zip), computed by tools/New-SampleDump.ps1 from its own model; rules in docs/SAMPLES.md.'
        Seed = $Seed
        Log = (Get-LogExpected -Items $items -Patterns $Patterns)
        Settings = (Get-SettingsExpected -Docs $settings -Thresholds $Thresholds)
        Omnichannel = (Get-OmnichannelExpected -Docs $omni)
        Statistics = (Get-StatisticsExpected -Stats $stats -Thresholds $Thresholds)
        Apps = (Get-AppsExpected -Apps $apps)
    }
    Write-JsonFile -Path (Join-Path $Root 'samples/7.8.0-support-dump.expected.json') -Value $expected
    $statsExpected = [ordered]@{
        Description = 'samples/statistics.json is the bare IStats object of Administration > Workspace > Download Info (no success flag, no wrapper). Same values as the dump statistics.'
        Statistics = $expected.Statistics
    }
    Write-JsonFile -Path (Join-Path $Root 'samples/statistics.expected.json') -Value $statsExpected
    return [pscustomobject]$expected
}

function Write-SourcesFile {
    param([string] $Root)
    $sb = [System.Text.StringBuilder]::new()
    [void]$sb.AppendLine('# Provenance of the generated samples and fixtures')
    [void]$sb.AppendLine()
    [void]$sb.AppendLine('Generated by `tools/New-SampleDump.ps1` (do not edit by hand). Real log lines come from')
    [void]$sb.AppendLine('`tools/sample/rocketchat-real-lines.tsv`, a copy of the project research corpus')
    [void]$sb.AppendLine('(`shared/corpus/rocketchat-real-lines.tsv`); statuses: `verbatim` = copied as found,')
    [void]$sb.AppendLine('`verbatim*` = with the stated repair, `abbreviated` = truncated in the source and completed here,')
    [void]$sb.AppendLine('`msg-only` = only the message text was available. Where a line is used, the generator re-bases')
    [void]$sb.AppendLine('time, pid and hostname to the sample deployment and turns `<br>` (View Logs copies) back into `\n`.')
    [void]$sb.AppendLine('Everything else (users, ids, values, secrets) is synthetic; every fake secret contains `FAKE-SECRET`.')
    [void]$sb.AppendLine()
    [void]$sb.AppendLine('File shapes follow `shared/reference/ROCKETCHAT-FORMATS.md` (§1 dump layout, §2 log formats, §3 stdout.queue,')
    [void]$sb.AppendLine('§4 IStats, §5 ISetting and secrets, §6 apps, §7 omnichannel keys).')
    [void]$sb.AppendLine()
    [void]$sb.AppendLine('| corpus id | status | format as seen | source | used in |')
    [void]$sb.AppendLine('|---|---|---|---|---|')
    foreach ($r in (Get-CorpusUsage)) {
        $fmt = $r.Format -replace '\|', '\|'
        [void]$sb.AppendLine("| $($r.Id) | $($r.Status) | $fmt | $($r.Source) | $([string]::Join('<br>', $r.Uses)) |")
    }
    Write-TextFile -Path (Join-Path $Root 'samples/SOURCES.md') -Text $sb.ToString()
}
