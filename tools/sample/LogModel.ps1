# Reference model of "what is a log entry" used to compute the INDEPENDENT expected values of the
# sample dump and of the log fixtures. It deliberately shares no code with the engine: it reads the
# text the generator wrote and applies the rules documented in docs/SAMPLES.md ("Log entry model").
# Keep this file and that section in step.

Set-StrictMode -Version 3.0

$script:LevelNames = @('Trace', 'Debug', 'Info', 'Http', 'Warn', 'Error', 'Startup', 'Fatal', 'Unknown')
$script:AnsiRegex = [regex]::new('\x1B\[[0-9;?]*[ -/]*[@-~]', 'Compiled')
$script:MeteorPrefixRegex = [regex]::new('^([IWED])\d{8}-\d{2}:\d{2}:\d{2}\.\d{3}\([+-]?\d+(?:\.\d+)?\)\??\s', 'Compiled')
$script:MoleculerRegex = [regex]::new('^\[\d{4}-\d{2}-\d{2}T[0-9:.]+Z\]\s+(TRACE|DEBUG|INFO|WARN|ERROR|FATAL)\s+', 'Compiled')
$script:BorderRegex = [regex]::new('^\+-+\+\s*$', 'Compiled')
$script:UnhandledEndRegex = [regex]::new('^={5,}\s*$', 'Compiled')

function New-LevelCounts {
    $d = [ordered]@{}
    foreach ($n in $script:LevelNames) { $d[$n] = 0 }
    return $d
}

function Remove-Ansi {
    param([AllowEmptyString()][string] $Text)
    if ($Text.IndexOf([char]0x1B) -lt 0) { return $Text }
    return $script:AnsiRegex.Replace($Text, '')
}

function Test-Blank {
    param([AllowEmptyString()][string] $Text)
    return [string]::IsNullOrWhiteSpace($Text)
}

# pino numeric level -> name (values between the standard ones fall to the level below).
function Get-LevelFromNumber {
    param([double] $Value)
    if ($Value -ge 60) { return 'Fatal' }
    if ($Value -ge 51) { return 'Startup' }
    if ($Value -ge 50) { return 'Error' }
    if ($Value -ge 40) { return 'Warn' }
    if ($Value -ge 35) { return 'Http' }
    if ($Value -ge 30) { return 'Info' }
    if ($Value -ge 20) { return 'Debug' }
    return 'Trace'
}

function Get-LevelFromName {
    param([string] $Name)
    switch ($Name.Trim().ToLowerInvariant()) {
        'trace' { return 'Trace' }
        'debug' { return 'Debug' }
        'info' { return 'Info' }
        'http' { return 'Http' }
        'warn' { return 'Warn' }
        'warning' { return 'Warn' }
        'error' { return 'Error' }
        'startup' { return 'Startup' }
        'fatal' { return 'Fatal' }
        default { return 'Unknown' }
    }
}

# JSON object -> hashtable of the LAST value per key (what JSON.parse / most parsers keep).
function Get-JsonLastValues {
    param([System.Text.Json.JsonElement] $Element)
    $last = @{}
    foreach ($p in $Element.EnumerateObject()) { $last[$p.Name] = $p.Value }
    return $last
}

function ConvertFrom-JsonTime {
    param([System.Text.Json.JsonElement] $Value)
    switch ($Value.ValueKind) {
        'Number' { return [DateTimeOffset]::FromUnixTimeMilliseconds([long]$Value.GetDouble()).UtcDateTime }
        'String' {
            $dto = [DateTimeOffset]::MinValue
            if ([DateTimeOffset]::TryParse($Value.GetString(), [cultureinfo]::InvariantCulture, [System.Globalization.DateTimeStyles]::AssumeUniversal, [ref]$dto)) { return $dto.UtcDateTime }
            return $null
        }
        'Object' {
            $o = Get-JsonLastValues $Value
            if ($o.ContainsKey('$date')) { return ConvertFrom-JsonTime $o['$date'] }
            if ($o.ContainsKey('$numberLong')) { return [DateTimeOffset]::FromUnixTimeMilliseconds([long]::Parse($o['$numberLong'].GetString(), [cultureinfo]::InvariantCulture)).UtcDateTime }
            return $null
        }
        default { return $null }
    }
}

function Get-JsonText {
    param($Values, [string] $Name)
    if (-not $Values.ContainsKey($Name)) { return $null }
    $v = $Values[$Name]
    if ($v.ValueKind -eq 'String') { return $v.GetString() }
    if ($v.ValueKind -eq 'Null') { return $null }
    return $v.GetRawText()
}

# Classifies the text of an entry (its first line / first item, ANSI already removed).
# Returns Level, Messages (the texts the patterns are matched against), Time (UTC or $null), Json, Unparsed.
function Read-EntryText {
    param([string] $FirstText, [string] $WholeText)
    $r = [ordered]@{ Level = 'Unknown'; Messages = @($WholeText); Time = $null; Json = $false; Unparsed = $false }
    $trimmed = $FirstText.Trim()
    if ($trimmed.StartsWith('{')) {
        $doc = $null
        try { $doc = [System.Text.Json.JsonDocument]::Parse($trimmed) } catch { $doc = $null }
        if ($null -ne $doc -and $doc.RootElement.ValueKind -eq 'Object') {
            $r.Json = $true
            $v = Get-JsonLastValues $doc.RootElement
            if ($v.ContainsKey('level')) {
                $lv = $v['level']
                if ($lv.ValueKind -eq 'Number') { $r.Level = Get-LevelFromNumber $lv.GetDouble() }
                elseif ($lv.ValueKind -eq 'String') { $r.Level = Get-LevelFromName $lv.GetString() }
            }
            elseif ($v.ContainsKey('s') -and $v['s'].ValueKind -eq 'String' -and $v['s'].GetString().Length -in 1, 2) {
                # MongoDB's own JSON log lines (docker compose logs mixes them in): severity F/E/W/I/D1-5.
                $r.Level = switch ($v['s'].GetString()[0]) { 'F' { 'Fatal' } 'E' { 'Error' } 'W' { 'Warn' } 'I' { 'Info' } 'D' { 'Debug' } default { 'Unknown' } }
            }
            foreach ($tn in @('time', 'timestamp', 't')) {
                if ($v.ContainsKey($tn)) { $r.Time = ConvertFrom-JsonTime $v[$tn]; break }
            }
            $msg = Get-JsonText $v 'msg'
            if ($null -eq $msg) { $msg = Get-JsonText $v 'message' }
            if ($null -eq $msg) { $msg = Get-JsonText $v 'text' }
            if ($null -eq $msg) { $msg = '' }
            $messages = [System.Collections.Generic.List[string]]::new()
            $messages.Add($msg)
            if ($v.ContainsKey('err') -and $v['err'].ValueKind -eq 'Object') {
                $err = Get-JsonLastValues $v['err']
                $em = Get-JsonText $err 'message'
                if (-not [string]::IsNullOrEmpty($em) -and $em -cne $msg) { $messages.Add($em) }
            }
            $r.Messages = $messages.ToArray()
            $doc.Dispose()
            return $r
        }
        if ($null -ne $doc) { $doc.Dispose() }
        $r.Unparsed = $true
        return $r
    }
    # The level/time prefix of Meteor and Moleculer lines is metadata, not message text: patterns
    # are matched against what follows it (matching the prefix made every WARN line a 'warn' hit).
    $m = $script:MeteorPrefixRegex.Match($trimmed)
    if ($m.Success) {
        $r.Level = switch ($m.Groups[1].Value) { 'I' { 'Info' } 'W' { 'Warn' } 'E' { 'Error' } 'D' { 'Debug' } }
        $r.Messages = @($WholeText.Substring($WholeText.IndexOf($m.Value, [StringComparison]::Ordinal) + $m.Value.Length))
        return $r
    }
    $m = $script:MoleculerRegex.Match($trimmed)
    if ($m.Success) {
        $r.Level = Get-LevelFromName $m.Groups[1].Value
        $r.Messages = @($WholeText.Substring($WholeText.IndexOf($m.Value, [StringComparison]::Ordinal) + $m.Value.Length))
        return $r
    }
    return $r
}

function Test-ContinuationStart {
    param([string] $Text)
    $c = $Text[0]
    return [char]::IsWhiteSpace($c) -or $c -eq '|' -or $c -eq '}' -or $c -eq ']' -or $c -eq ')'
}

function Test-BoxStart {
    param([string] $Text)
    return $Text.StartsWith('+-', [StringComparison]::Ordinal) -or $Text.StartsWith('|', [StringComparison]::Ordinal)
}

# stdout.queue items -> entries. Rules (docs/SAMPLES.md):
#  (a) an item whose text (ANSI removed) starts with whitespace, '|', '}', ']' or ')' joins the previous entry;
#  (b) a border item '+---+' joins the previous entry when that entry is a box, else starts a new entry;
#  blank items are not entries (and do not end the current entry); anything else starts a new entry.
function Join-QueueItems {
    param([object[]] $Items)
    $entries = [System.Collections.Generic.List[object]]::new()
    $current = $null
    $blank = 0
    foreach ($item in $Items) {
        $text = Remove-Ansi $item.String
        if (Test-Blank $text) { $blank++; continue }
        $join = $false
        if ($null -ne $current) {
            if (Test-ContinuationStart $text) { $join = $true }
            elseif ($script:BorderRegex.IsMatch($text.TrimEnd("`r", "`n")) -and $current.IsBox) { $join = $true }
        }
        if ($join) { $current.Items.Add($item); $current.Texts.Add($text.TrimEnd("`r", "`n")); continue }
        $current = [pscustomobject]@{
            Items = [System.Collections.Generic.List[object]]::new()
            Texts = [System.Collections.Generic.List[string]]::new()
            IsBox = (Test-BoxStart $text)
        }
        $current.Items.Add($item); $current.Texts.Add($text.TrimEnd("`r", "`n"))
        $entries.Add($current)
    }
    return [pscustomobject]@{ Entries = $entries; BlankItems = $blank }
}

# Text lines (transport prefix already removed, no CR) -> entries. Rules (docs/SAMPLES.md):
#  blank lines are not entries and do not end the current entry;
#  inside '=== UnHandledPromiseRejection ===' ... '=====' every line joins (the closing line too);
#  the first non-blank line after a lone '^' caret line joins;
#  a line starting with whitespace, '}', ']' or ')' joins;
#  a line starting with '|' or '+-' joins when the current entry is a box (first line starts with '+-' or '|');
#  anything else starts a new entry.
function Join-TextLines {
    param([string[]] $Lines)
    $entries = [System.Collections.Generic.List[object]]::new()
    $current = $null
    $inUnhandled = $false
    $caretPending = $false
    for ($i = 0; $i -lt $Lines.Count; $i++) {
        $line = $Lines[$i]
        $text = Remove-Ansi $line
        if (Test-Blank $text) { continue }
        $join = $false
        if ($null -ne $current) {
            if ($inUnhandled) {
                $join = $true
                if ($script:UnhandledEndRegex.IsMatch($text)) { $inUnhandled = $false }
            }
            elseif ($caretPending) { $join = $true; $caretPending = $false }
            elseif ([char]::IsWhiteSpace($text[0]) -or $text[0] -eq '}' -or $text[0] -eq ']' -or $text[0] -eq ')') {
                $join = $true
                if ($text.Trim() -eq '^') { $caretPending = $true }
            }
            elseif ($current.IsBox -and (Test-BoxStart $text)) { $join = $true }
        }
        if ($join) { $current.Lines.Add($text); continue }
        $current = [pscustomobject]@{
            StartLine = $i + 1
            Lines = [System.Collections.Generic.List[string]]::new()
            IsBox = (Test-BoxStart $text)
        }
        $current.Lines.Add($text)
        $entries.Add($current)
        if ($text.StartsWith('=== UnHandledPromiseRejection ===', [StringComparison]::Ordinal)) { $inUnhandled = $true }
    }
    return $entries
}

function New-PatternTable {
    param([string] $RulesPath)
    $rules = Get-Content -LiteralPath $RulesPath -Raw | ConvertFrom-Json
    $list = [System.Collections.Generic.List[object]]::new()
    $opts = [System.Text.RegularExpressions.RegexOptions]'IgnoreCase, CultureInvariant'
    foreach ($cat in @(@('Error', $rules.logPatterns.error), @('Warning', $rules.logPatterns.warning), @('Security', $rules.logPatterns.security))) {
        foreach ($p in $cat[1]) {
            $list.Add([pscustomobject]@{ Pattern = [string]$p; Category = $cat[0]; Regex = [regex]::new([string]$p, $opts) })
        }
    }
    return $list
}

# Aggregates classified entries: levels, timestamps, pattern and category counts.
# Each element of $Classified has Level, Messages, Time.
function Measure-Entries {
    param([System.Collections.Generic.List[object]] $Classified, $Patterns)
    $levels = New-LevelCounts
    $patternCounts = [ordered]@{}
    foreach ($p in $Patterns) { $patternCounts[$p.Pattern] = 0 }
    $categories = [ordered]@{ Error = 0; Warning = 0; Security = 0 }
    $first = $null; $last = $null; $noTime = 0; $unparsed = 0
    foreach ($e in $Classified) {
        $levels[$e.Level]++
        if ($e.Unparsed) { $unparsed++ }
        if ($null -eq $e.Time) { $noTime++ }
        else {
            if ($null -eq $first -or $e.Time -lt $first) { $first = $e.Time }
            if ($null -eq $last -or $e.Time -gt $last) { $last = $e.Time }
        }
        $hitCats = @{}
        foreach ($p in $Patterns) {
            foreach ($m in $e.Messages) {
                if ($p.Regex.IsMatch($m)) { $patternCounts[$p.Pattern]++; $hitCats[$p.Category] = $true; break }
            }
        }
        foreach ($c in $hitCats.Keys) { $categories[$c]++ }
    }
    return [pscustomobject]@{
        TotalEntries = $Classified.Count
        LevelCounts = $levels
        FirstTimestamp = $first
        LastTimestamp = $last
        EntriesWithoutTimestamp = $noTime
        UnparsedEntries = $unparsed
        PatternCounts = $patternCounts
        CategoryCounts = $categories
    }
}

# Classify queue entries: level/message from the first item, the message of a plain entry is
# the whole entry text; time = pino/JSON "time" when present, else the first item's ts.
function Get-QueueClassification {
    param([System.Collections.Generic.List[object]] $Entries)
    $out = [System.Collections.Generic.List[object]]::new()
    foreach ($e in $Entries) {
        $whole = [string]::Join("`n", $e.Texts)
        $c = Read-EntryText -FirstText $e.Texts[0] -WholeText $whole
        if ($null -eq $c.Time) { $c.Time = $e.Items[0].Ts }
        $out.Add([pscustomobject]$c)
    }
    return $out
}

function Get-LineClassification {
    param([System.Collections.Generic.List[object]] $Entries)
    $out = [System.Collections.Generic.List[object]]::new()
    foreach ($e in $Entries) {
        $whole = [string]::Join("`n", $e.Lines)
        $out.Add([pscustomobject](Read-EntryText -FirstText $e.Lines[0] -WholeText $whole))
    }
    return $out
}
