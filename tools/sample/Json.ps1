# Deterministic JSON writer for the sample generator (dot-sourced by tools/New-SampleDump.ps1).
#
# Why not ConvertTo-Json: the generator must control key order exactly, write objects with
# DUPLICATE keys (real pino lines have two "msg" or two "name" keys), keep non-ASCII text
# unescaped and escape control characters the way JavaScript's JSON.stringify does (\u001b in
# lower-case hex), so that the bytes on disk look like what Rocket.Chat / jq really produce.

Set-StrictMode -Version 3.0

# An object written as an ordered list of (key, value) pairs; keys may repeat.
class JsonPairs {
    [System.Collections.Generic.List[object[]]] $Pairs = [System.Collections.Generic.List[object[]]]::new()

    [JsonPairs] Add([string] $Key, [object] $Value) {
        $this.Pairs.Add(@($Key, $Value))
        return $this
    }
}

# Pre-serialized JSON text inserted verbatim (used for deliberately odd shapes).
class JsonRaw {
    [string] $Text
    JsonRaw([string] $text) { $this.Text = $text }
}

$script:JsonEscapeRegex = [regex]::new('[\u0000-\u001f"\\]', [System.Text.RegularExpressions.RegexOptions]::Compiled)
$script:JsonEscapeEvaluator = [System.Text.RegularExpressions.MatchEvaluator] {
    param($m)
    $code = [int]$m.Value[0]
    switch ($code) {
        0x22 { return '\"' }
        0x5C { return '\\' }
        0x08 { return '\b' }
        0x0C { return '\f' }
        0x0A { return '\n' }
        0x0D { return '\r' }
        0x09 { return '\t' }
        default { return ('\u{0:x4}' -f $code) }
    }
}

function Format-JsonString {
    param([AllowEmptyString()][string] $Value)
    if (-not $script:JsonEscapeRegex.IsMatch($Value)) { return '"' + $Value + '"' }
    return '"' + $script:JsonEscapeRegex.Replace($Value, $script:JsonEscapeEvaluator) + '"'
}

function Format-JsonDate {
    param([datetime] $Value)
    return $Value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", [cultureinfo]::InvariantCulture)
}

function Write-JsonValue {
    param([System.Text.StringBuilder] $Sb, $Value, [int] $Indent, [int] $Depth)

    if ($null -eq $Value) { [void]$Sb.Append('null'); return }
    if ($Value -is [string]) { [void]$Sb.Append((Format-JsonString $Value)); return }
    if ($Value -is [bool]) { [void]$Sb.Append($(if ($Value) { 'true' } else { 'false' })); return }
    if ($Value -is [int] -or $Value -is [long] -or $Value -is [int16] -or $Value -is [byte] -or $Value -is [uint32] -or $Value -is [uint64]) {
        [void]$Sb.Append($Value.ToString([cultureinfo]::InvariantCulture)); return
    }
    if ($Value -is [double] -or $Value -is [single] -or $Value -is [decimal]) {
        $d = [double]$Value
        if ([math]::Floor($d) -eq $d -and [math]::Abs($d) -lt 1e15) { [void]$Sb.Append(([long]$d).ToString([cultureinfo]::InvariantCulture)) }
        else { [void]$Sb.Append($d.ToString('R', [cultureinfo]::InvariantCulture)) }
        return
    }
    if ($Value -is [datetime]) { [void]$Sb.Append((Format-JsonString (Format-JsonDate $Value))); return }
    if ($Value -is [JsonRaw]) { [void]$Sb.Append($Value.Text); return }

    $pairs = $null
    if ($Value -is [JsonPairs]) { $pairs = $Value.Pairs }
    elseif ($Value -is [System.Collections.IDictionary]) {
        $pairs = [System.Collections.Generic.List[object[]]]::new()
        foreach ($k in $Value.Keys) { $pairs.Add(@([string]$k, $Value[$k])) }
    }
    elseif ($Value -is [System.Management.Automation.PSCustomObject]) {
        $pairs = [System.Collections.Generic.List[object[]]]::new()
        foreach ($p in $Value.PSObject.Properties) { $pairs.Add(@($p.Name, $p.Value)) }
    }

    if ($null -ne $pairs) {
        if ($pairs.Count -eq 0) { [void]$Sb.Append('{}'); return }
        [void]$Sb.Append('{')
        $first = $true
        foreach ($pair in $pairs) {
            if (-not $first) { [void]$Sb.Append(',') }
            $first = $false
            if ($Indent -ge 0) { [void]$Sb.Append("`n").Append(' ', $Indent * ($Depth + 1)) }
            [void]$Sb.Append((Format-JsonString $pair[0])).Append($(if ($Indent -ge 0) { ': ' } else { ':' }))
            Write-JsonValue -Sb $Sb -Value $pair[1] -Indent $Indent -Depth ($Depth + 1)
        }
        if ($Indent -ge 0) { [void]$Sb.Append("`n").Append(' ', $Indent * $Depth) }
        [void]$Sb.Append('}')
        return
    }

    if ($Value -is [System.Collections.IEnumerable]) {
        $items = @($Value)
        if ($items.Count -eq 0) { [void]$Sb.Append('[]'); return }
        [void]$Sb.Append('[')
        for ($i = 0; $i -lt $items.Count; $i++) {
            if ($i -gt 0) { [void]$Sb.Append(',') }
            if ($Indent -ge 0) { [void]$Sb.Append("`n").Append(' ', $Indent * ($Depth + 1)) }
            Write-JsonValue -Sb $Sb -Value $items[$i] -Indent $Indent -Depth ($Depth + 1)
        }
        if ($Indent -ge 0) { [void]$Sb.Append("`n").Append(' ', $Indent * $Depth) }
        [void]$Sb.Append(']')
        return
    }
    throw "Write-JsonValue: unsupported value type $($Value.GetType().FullName)"
}

# Compact (JSON.stringify) form when -Indent is omitted; jq-style pretty form with -Indent 2.
function ConvertTo-JsonText {
    param($Value, [int] $Indent = -1)
    $sb = [System.Text.StringBuilder]::new()
    Write-JsonValue -Sb $sb -Value $Value -Indent $Indent -Depth 0
    return $sb.ToString()
}

$script:Utf8NoBom = [System.Text.UTF8Encoding]::new($false)

function Write-TextFile {
    param([string] $Path, [string] $Text)
    $dir = [System.IO.Path]::GetDirectoryName($Path)
    if ($dir) { [void][System.IO.Directory]::CreateDirectory($dir) }
    [System.IO.File]::WriteAllText($Path, $Text, $script:Utf8NoBom)
}

function Write-JsonFile {
    param([string] $Path, $Value, [int] $Indent = 2)
    Write-TextFile -Path $Path -Text ((ConvertTo-JsonText -Value $Value -Indent $Indent) + "`n")
}
