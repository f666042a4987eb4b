#Requires -Version 7.4
<#
.SYNOPSIS
    Grouping accuracy (GA) of Get-LogTemplate on labelled logs, measured the way issue 4 names:
    through `Get-LogTemplate -Format Lines -IncludeLineMap`.

.DESCRIPTION
    Reads labelled log messages, writes each data set's messages to a temporary file (one message
    per line), runs `Get-LogTemplate -LiteralPath <file> -Format Lines -IncludeLineMap -NoCache`
    and compares the predicted groups with the true ones.

    GA is the fraction of lines whose predicted group holds exactly the same lines as their true
    group (the definition of the log-parsing benchmarks, e.g. Zhu et al., "Tools and Benchmarks for
    Automated Log Parsing", ICSE-SEIP 2019). A predicted group counts only if all its lines carry
    one label and it holds every line with that label.

    Two input shapes:
      * our labelled TSV (tests/RocketChatAnalyzer.Engine.Tests/Templates/Data/*.tsv):
        columns style, event, source, message; one data set per style;
      * Loghub's structured CSV (`<Dataset>_2k.log_structured.csv`, or Loghub-2.0's
        `<Dataset>_full.log_structured.csv`): columns Content and EventId; one data set per file,
        named after the file.

    Outputs one object per data set (Dataset, Lines, GA, Templates, TruthEvents) and, last, the
    unweighted average over the data sets (as the benchmarks report it). GA is not rounded; pipe to
    `Format-Table Dataset, Lines, @{ n = 'GA'; e = { '{0:F3}' -f $_.GA } }, Templates, TruthEvents`.

.EXAMPLE
    dotnet pwsh bench/Templates/Measure-GroupingAccuracy.ps1 -Path tests/RocketChatAnalyzer.Engine.Tests/Templates/Data/labelled-logs.tsv

.EXAMPLE
    # Loghub-2k checked out elsewhere: every structured CSV below it.
    dotnet pwsh bench/Templates/Measure-GroupingAccuracy.ps1 -Path (Get-ChildItem ~/loghub -Recurse -Filter *_structured.csv)
#>
[CmdletBinding()]
param(
    # Labelled TSV or Loghub structured CSV files.
    [Parameter(Mandatory, ValueFromPipeline, ValueFromPipelineByPropertyName)]
    [Alias('FullName')]
    [string[]] $Path,

    # The built module (default: $env:RCA_MODULE_PATH, else out/RocketChatAnalyzer).
    [string] $ModulePath
)

begin {
    Set-StrictMode -Version Latest
    $ErrorActionPreference = 'Stop'
    $repoRoot = (Resolve-Path "$PSScriptRoot/../..").Path
    if (-not $ModulePath) { $ModulePath = if ($env:RCA_MODULE_PATH) { $env:RCA_MODULE_PATH } else { Join-Path $repoRoot 'out/RocketChatAnalyzer' } }
    Import-Module $ModulePath
    $scratch = Join-Path ([IO.Path]::GetTempPath()) ("rca-ga-" + [guid]::NewGuid())
    $null = New-Item -ItemType Directory -Path $scratch
    $results = [Collections.Generic.List[object]]::new()

    function Measure-DataSet([string] $Name, [string[]] $Messages, [string[]] $Labels) {
        $file = Join-Path $scratch 'messages.log'
        # Messages are single lines by construction; a stray CR or LF would split an entry.
        [IO.File]::WriteAllLines($file, [string[]]($Messages | ForEach-Object { $_ -replace '[\r\n]', ' ' }))
        $map = @(Get-LogTemplate -LiteralPath $file -Format Lines -IncludeLineMap -NoCache)
        if ($map.Count -ne $Labels.Count) { throw "${Name}: the line map has $($map.Count) rows for $($Labels.Count) messages." }
        $truth = [Collections.Generic.Dictionary[string, int]]::new([StringComparer]::Ordinal)
        foreach ($label in $Labels) { $truth[$label] = 1 + $(if ($truth.ContainsKey($label)) { $truth[$label] } else { 0 }) }
        # Per predicted group: its size and its label, or $null once two labels were seen.
        $size = [Collections.Generic.Dictionary[string, int]]::new([StringComparer]::Ordinal)
        $label = [Collections.Generic.Dictionary[string, object]]::new([StringComparer]::Ordinal)
        for ($i = 0; $i -lt $map.Count; $i++) {
            if ($map[$i].LineNumber -ne $i + 1) { throw "${Name}: line map row $($i + 1) has LineNumber $($map[$i].LineNumber)." }
            $id = $map[$i].TemplateId
            if ($size.ContainsKey($id)) {
                $size[$id]++
                if ($null -ne $label[$id] -and $label[$id] -cne $Labels[$i]) { $label[$id] = $null }
            }
            else {
                $size[$id] = 1
                $label[$id] = $Labels[$i]
            }
        }
        $correct = 0
        foreach ($id in $size.Keys) {
            $l = $label[$id]
            if ($null -ne $l -and $truth[$l] -eq $size[$id]) { $correct += $size[$id] }
        }
        [pscustomobject]@{
            Dataset     = $Name
            Lines       = $Labels.Count
            GA          = $correct / [math]::Max(1, $Labels.Count)
            Templates   = $size.Count
            TruthEvents = $truth.Count
        }
    }
}

process {
    foreach ($p in $Path) {
        $full = (Resolve-Path -LiteralPath $p).ProviderPath
        if ($full -like '*.csv') {
            $rows = @(Import-Csv -LiteralPath $full)
            if ($rows.Count -eq 0) { continue }
            if (-not ($rows[0].PSObject.Properties.Name -contains 'Content' -and $rows[0].PSObject.Properties.Name -contains 'EventId')) {
                throw "${full}: a structured CSV needs the columns Content and EventId."
            }
            $name = [IO.Path]::GetFileName($full) -replace '(_2k|_full)?\.log_structured\.csv$', ''
            $r = Measure-DataSet $name ([string[]]$rows.Content) ([string[]]$rows.EventId)
            $results.Add($r); $r
        }
        else {
            $styles = [ordered]@{}
            foreach ($line in [IO.File]::ReadLines($full) | Select-Object -Skip 1) {
                $f = $line.Split("`t", 4)
                if ($f.Count -lt 4) { continue }
                if (-not $styles.Contains($f[0])) { $styles[$f[0]] = [pscustomobject]@{ M = [Collections.Generic.List[string]]::new(); L = [Collections.Generic.List[string]]::new() } }
                $styles[$f[0]].M.Add($f[3]); $styles[$f[0]].L.Add($f[1])
            }
            foreach ($s in $styles.GetEnumerator()) {
                $r = Measure-DataSet $s.Key $s.Value.M.ToArray() $s.Value.L.ToArray()
                $results.Add($r); $r
            }
        }
    }
}

end {
    Remove-Item -LiteralPath $scratch -Recurse -Force -ErrorAction Ignore
    if ($results.Count -gt 0) {
        [pscustomobject]@{
            Dataset     = "average of $($results.Count)"
            Lines       = [long]($results | Measure-Object Lines -Sum).Sum
            GA          = ($results | Measure-Object GA -Average).Average
            Templates   = [long]($results | Measure-Object Templates -Sum).Sum
            TruthEvents = [long]($results | Measure-Object TruthEvents -Sum).Sum
        }
    }
}
