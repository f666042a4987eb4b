# Access to the real-line corpus (tools/sample/rocketchat-real-lines.tsv, a copy of
# shared/corpus/rocketchat-real-lines.tsv) with usage tracking, so SOURCES.md and the fixture
# READMEs can name every corpus line id and source URL a file was built from.

Set-StrictMode -Version 3.0

$script:Corpus = @{}
$script:CorpusUse = [System.Collections.Generic.SortedDictionary[int, System.Collections.Generic.SortedSet[string]]]::new()

function Import-Corpus {
    param([string] $Path)
    $lines = [System.IO.File]::ReadAllLines($Path, [System.Text.Encoding]::UTF8)
    for ($i = 1; $i -lt $lines.Length; $i++) {
        $cols = $lines[$i].Split("`t")
        if ($cols.Length -lt 6) { continue }
        $script:Corpus[[int]$cols[0]] = [pscustomobject]@{
            Id = [int]$cols[0]; Status = $cols[1]; Category = $cols[2]; Format = $cols[3]; Source = $cols[4]
            Line = [string]::Join("`t", $cols[5..($cols.Length - 1)])
        }
    }
}

# The corpus line text; -Use names the output that uses it (recorded for SOURCES.md).
function Get-CorpusLine {
    param([int] $Id, [Parameter(Mandatory)][string] $Use)
    if (-not $script:Corpus.ContainsKey($Id)) { throw "Corpus line $Id does not exist." }
    if (-not $script:CorpusUse.ContainsKey($Id)) { $script:CorpusUse[$Id] = [System.Collections.Generic.SortedSet[string]]::new([StringComparer]::Ordinal) }
    [void]$script:CorpusUse[$Id].Add($Use)
    return $script:Corpus[$Id].Line
}

# Records that an output's shape follows a corpus line without copying its text.
function Register-CorpusUse {
    param([int] $Id, [Parameter(Mandatory)][string] $Use)
    [void](Get-CorpusLine -Id $Id -Use $Use)
}

function Get-CorpusUsage {
    param([string] $UsePrefix)
    $rows = [System.Collections.Generic.List[object]]::new()
    foreach ($kv in $script:CorpusUse.GetEnumerator()) {
        $uses = @($kv.Value | Where-Object { -not $UsePrefix -or $_.StartsWith($UsePrefix, [StringComparison]::Ordinal) })
        if ($uses.Count -eq 0) { continue }
        $c = $script:Corpus[$kv.Key]
        $rows.Add([pscustomobject]@{ Id = $c.Id; Status = $c.Status; Format = $c.Format; Source = $c.Source; Uses = $uses })
    }
    return $rows
}
