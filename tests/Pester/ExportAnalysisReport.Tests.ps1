# Export-AnalysisReport and the console views of the result types.
# Runs against $env:RCA_MODULE_PATH (set by build.ps1 -Task Test), else out/RocketChatAnalyzer.
# The results are built here, as the analyzers build them for a Rocket.Chat 7.8.0 dump, so these
# tests do not depend on the analyzers.

BeforeAll {
    $repoRoot = if ($env:RCA_REPO_ROOT) { $env:RCA_REPO_ROOT } else { (Resolve-Path "$PSScriptRoot/../..").Path }
    $moduleDirectory = if ($env:RCA_MODULE_PATH) { $env:RCA_MODULE_PATH } else { Join-Path $repoRoot 'out/RocketChatAnalyzer' }
    Import-Module $moduleDirectory -Force
    $commandErrorSuffix = ',RocketChatAnalyzer.Commands.ExportAnalysisReportCommand'

    function New-Finding([string] $RuleId, [string] $Severity, [string] $Category, [string] $Subject, [string] $Message, [long] $Count = 1) {
        $f = [RocketChatAnalyzer.Finding]::new()
        $f.RuleId = $RuleId; $f.Severity = $Severity; $f.Category = $Category; $f.Source = '7.8.0-settings.json'
        $f.Subject = $Subject; $f.Message = $Message; $f.Recommendation = 'See Administration > Settings.'; $f.Count = $Count
        $f
    }

    function New-SampleAnalysis([datetime] $AnalyzedAt = [datetime]::new(2025, 11, 24, 9, 30, 0, [DateTimeKind]::Utc)) {
        $d = [RocketChatAnalyzer.DumpAnalysis]::new()
        $d.Path = '/cases/ACME-4711/7.8.0-support-dump.zip'
        $d.ServerVersion = '7.8.0'
        $d.AnalyzedAt = $AnalyzedAt
        $d.Log.TotalEntries = 3011
        $d.Log.LevelCounts['Info'] = 2800; $d.Log.LevelCounts['Warn'] = 131; $d.Log.LevelCounts['Error'] = 80
        $d.Log.FirstTimestamp = [datetime]::new(2025, 11, 23, 6, 3, 0, [DateTimeKind]::Utc)
        $d.Log.LastTimestamp = [datetime]::new(2025, 11, 24, 8, 41, 0, [DateTimeKind]::Utc)
        $t = [RocketChatAnalyzer.LogTemplate]::new()
        $t.Template = 'Exception in setInterval callback: MongoServerSelectionError: connection closed'  # github.com/RocketChat/Rocket.Chat/issues/26918
        $t.TemplateId = [RocketChatAnalyzer.LogTemplate]::IdFor($t.Template); $t.Count = 61; $t.LevelCounts['Error'] = 61
        $d.Log.Templates.Add($t)
        $d.Findings.Add((New-Finding 'SET-2FA-DISABLED' Critical Security 'Accounts_TwoFactorAuthentication_Enabled' 'Two-factor authentication is disabled for all users.'))
        $d.Findings.Add((New-Finding 'LOG-ERROR-TEMPLATE' Error Log 'Exception in setInterval callback: MongoServerSelectionError: connection closed' '61 errors: MongoServerSelectionError: connection closed' 61))
        $d.Findings.Add((New-Finding 'SET-RATE-LIMITER-OFF' Warning Security 'API_Enable_Rate_Limiter' 'The REST API rate limiter is off.'))
        $d.Findings.Add((New-Finding 'APP-DISABLED' Info Apps 'Zapier' 'App Zapier is disabled.'))
        $d.HealthScore.Overall = 58; $d.HealthScore.Label = 'Warning'
        foreach ($c in 'Logs', 'Settings', 'Security', 'Performance', 'Omnichannel', 'Apps') { $d.HealthScore.Components[$c] = 70 }
        $s = [RocketChatAnalyzer.SettingItem]::new(); $s.Id = 'SMTP_Password'; $s.Type = 'password'; $s.IsSecret = $true; $s.Redacted = $true; $s.Value = '[REDACTED]'
        $d.Settings.Present = $true; $d.Settings.Total = 1; $d.Settings.SecretCount = 1; $d.Settings.Items.Add($s)
        $app = [RocketChatAnalyzer.AppItem]::new(); $app.Name = 'Tenor'; $app.Version = '1.0.3'; $app.Status = 'compiler_error_disabled'; $app.Error = $true; $app.Disabled = $true
        $d.Apps.Present = $true; $d.Apps.Total = 1; $d.Apps.Disabled = 1; $d.Apps.Errored = 1; $d.Apps.Items.Add($app)
        $r = [RocketChatAnalyzer.Recommendation]::new(); $r.Rank = 1; $r.Severity = 'Critical'; $r.Category = 'Security'; $r.Text = 'Enable two-factor authentication.'
        $d.Recommendations.Add($r)
        $d
    }
}

Describe 'Export-AnalysisReport' {
    BeforeEach {
        $dir = Join-Path ([IO.Path]::GetTempPath()) ('rca-export-' + [guid]::NewGuid().ToString('N'))
        $null = New-Item -ItemType Directory -Path $dir
    }
    AfterEach {
        Get-ChildItem -LiteralPath $dir -Recurse -File | ForEach-Object { $_.IsReadOnly = $false }
        Remove-Item -LiteralPath $dir -Recurse -Force
    }

    It 'writes a <Format> report from pipeline input and -PassThru returns its FileInfo' -TestCases @(
        @{ Format = 'Json'; Extension = '.json'; Marker = '"ResultType": "DumpAnalysis"' }
        @{ Format = 'Csv'; Extension = '.csv'; Marker = 'Severity,Category,RuleId,Source,Subject,Message,Recommendation,Count,Value' }
        @{ Format = 'Html'; Extension = '.html'; Marker = '<section class="card" id="findings">' }
        @{ Format = 'Markdown'; Extension = '.md'; Marker = '**Health score: 58/100 (Warning)**' }
    ) {
        $path = Join-Path $dir "report$Extension"

        $file = New-SampleAnalysis | Export-AnalysisReport -Format $Format -Path $path -PassThru

        $file | Should -BeOfType ([System.IO.FileInfo])
        $file.FullName | Should -Be $path
        Get-Content -Raw -LiteralPath $path | Should -BeLikeExactly "*$Marker*"
    }

    It 'writes JSON that reads back into an equal DumpAnalysis' {
        $path = Join-Path $dir 'r.json'
        $original = New-SampleAnalysis

        $original | Export-AnalysisReport -Format Json -Path $path
        $back = [RocketChatAnalyzer.AnalysisJson]::ReadDumpAnalysis((Get-Content -Raw -LiteralPath $path))

        $back.Findings.Count | Should -Be 4
        $back.Findings[0].Severity | Should -Be ([RocketChatAnalyzer.FindingSeverity]::Critical)
        [RocketChatAnalyzer.AnalysisJson]::Serialize($back) | Should -BeExactly ([RocketChatAnalyzer.AnalysisJson]::Serialize($original))
    }

    It 'resolves a relative -Path against the current PowerShell location' {
        Push-Location -LiteralPath $dir
        try { New-SampleAnalysis | Export-AnalysisReport -Format Markdown -Path 'summary.md' }
        finally { Pop-Location }

        Join-Path $dir 'summary.md' | Should -Exist
    }

    It 'with -WhatIf writes nothing and returns nothing' {
        $path = Join-Path $dir 'r.html'

        $out = New-SampleAnalysis | Export-AnalysisReport -Format Html -Path $path -PassThru -WhatIf

        $out | Should -BeNullOrEmpty
        $path | Should -Not -Exist
        @(Get-ChildItem -LiteralPath $dir -Force).Count | Should -Be 0
    }

    It 'reports unsupported input with a stable error id and goes on with the next input' {
        $path = Join-Path $dir 'r.md'

        $out = @('not a result', (New-SampleAnalysis)) | Export-AnalysisReport -Format Markdown -Path $path -PassThru -ErrorVariable errs -ErrorAction SilentlyContinue

        $errs.Count | Should -Be 1
        $errs[0].FullyQualifiedErrorId | Should -Be ('ExportAnalysisReport.UnsupportedInput' + $commandErrorSuffix)
        $errs[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $errs[0].Exception.Message | Should -BeLike '*RocketChatAnalyzer.DumpAnalysis*System.String*'
        $out.FullName | Should -Be $path
    }

    It 'accepts a LogAnalysis for a log-only report' {
        $path = Join-Path $dir 'log.html'

        (New-SampleAnalysis).Log | Export-AnalysisReport -Format Html -Path $path

        $html = Get-Content -Raw -LiteralPath $path
        $html | Should -BeLikeExactly '*<title>Rocket.Chat log analysis</title>*'
        $html | Should -Not -BeLikeExactly '*id="findings"*'
    }

    It 'leaves out findings below -Severity' {
        $path = Join-Path $dir 'r.csv'

        New-SampleAnalysis | Export-AnalysisReport -Format Csv -Path $path -Severity Error

        $rows = Import-Csv -LiteralPath $path
        @($rows).Count | Should -Be 2
        $rows.Severity | Should -Be @('Critical', 'Error')
    }

    It 'replaces an existing file, refuses to with -NoClobber and refuses a read-only file without -Force' {
        $path = Join-Path $dir 'r.md'
        Set-Content -LiteralPath $path -Value 'old'

        New-SampleAnalysis | Export-AnalysisReport -Format Markdown -Path $path
        Get-Content -Raw -LiteralPath $path | Should -BeLike '# Rocket.Chat analysis*'

        Set-Content -LiteralPath $path -Value 'old'
        New-SampleAnalysis | Export-AnalysisReport -Format Markdown -Path $path -NoClobber -ErrorVariable errs -ErrorAction SilentlyContinue
        $errs[0].FullyQualifiedErrorId | Should -Be ('ExportAnalysisReport.FileExists' + $commandErrorSuffix)
        (Get-Content -Raw -LiteralPath $path).Trim() | Should -Be 'old'

        (Get-Item -LiteralPath $path).IsReadOnly = $true
        New-SampleAnalysis | Export-AnalysisReport -Format Markdown -Path $path -ErrorVariable errs2 -ErrorAction SilentlyContinue
        $errs2[0].FullyQualifiedErrorId | Should -Be ('ExportAnalysisReport.FileReadOnly' + $commandErrorSuffix)
        (Get-Content -Raw -LiteralPath $path).Trim() | Should -Be 'old'

        New-SampleAnalysis | Export-AnalysisReport -Format Markdown -Path $path -Force
        Get-Content -Raw -LiteralPath $path | Should -BeLike '# Rocket.Chat analysis*'
    }

    It 'writes one file per result into a folder, and refuses to write two results to one file' {
        $first = New-SampleAnalysis
        $second = New-SampleAnalysis -AnalyzedAt ([datetime]::new(2025, 11, 25, 10, 0, 0, [DateTimeKind]::Utc))

        $files = $first, $second | Export-AnalysisReport -Format Html -Path $dir -PassThru

        $files.Name | Should -Be @('rocketchat-analysis-7.8.0-20251124-093000.html', 'rocketchat-analysis-7.8.0-20251125-100000.html')
        $path = Join-Path $dir 'one.json'
        $out = $first, $second | Export-AnalysisReport -Format Json -Path $path -PassThru -ErrorVariable errs -ErrorAction SilentlyContinue
        @($out).Count | Should -Be 1
        $errs[0].FullyQualifiedErrorId | Should -Be ('ExportAnalysisReport.SameFileTwice' + $commandErrorSuffix)
    }

    It 'stops with a clear error for a path on another provider or in a missing folder' {
        { New-SampleAnalysis | Export-AnalysisReport -Format Json -Path 'Env:/RCA_REPORT' -ErrorAction Stop } |
            Should -Throw -ErrorId ('ExportAnalysisReport.NotFileSystem' + $commandErrorSuffix)
        { New-SampleAnalysis | Export-AnalysisReport -Format Json -Path (Join-Path $dir 'missing/r.json') -ErrorAction Stop } |
            Should -Throw -ErrorId ('ExportAnalysisReport.DirectoryNotFound' + $commandErrorSuffix)
    }

    It 'never writes a secret setting value' {
        $d = New-SampleAnalysis
        $d.Settings.Items[0].Value = 'hunter2-SMTP-pass'   # as if an analyzer forgot to replace it

        foreach ($format in 'Json', 'Csv', 'Html', 'Markdown') {
            $path = Join-Path $dir "r.$format"
            $d | Export-AnalysisReport -Format $format -Path $path
            Get-Content -Raw -LiteralPath $path | Should -Not -BeLike '*hunter2-SMTP-pass*' -Because "$format must not carry the secret"
        }
    }
}

Describe 'Console views' {
    BeforeAll {
        $savedRendering = $PSStyle.OutputRendering
    }
    AfterEach {
        $PSStyle.OutputRendering = $savedRendering
    }

    It 'shows a DumpAnalysis as a compact summary with score, counts and top findings' {
        $PSStyle.OutputRendering = 'PlainText'

        $text = New-SampleAnalysis | Out-String -Width 200

        $text | Should -BeLikeExactly '*HealthScore*58/100 Warning*'
        $text | Should -BeLikeExactly '*Findings*1 Critical, 1 Error, 1 Warning, 1 Info*'
        $text | Should -BeLikeExactly '*Log*3,011 entries, 80 errors/fatal, 131 warnings*'
        $text | Should -Match 'TopFindings\s*:\s*\[Critical\] Security: Two-factor authentication is disabled'
        $text | Should -Match '\n\s+\[Info\] Apps: App Zapier is disabled\.'
        $text | Should -BeLikeExactly '*Apps*1 apps: 0 enabled, 1 disabled, 1 in error*'
        $text | Should -Not -BeLikeExactly '*Statistics*'
    }

    It 'still shows every property with Format-List *' {
        $PSStyle.OutputRendering = 'PlainText'

        $text = New-SampleAnalysis | Format-List * | Out-String -Width 200

        foreach ($name in [RocketChatAnalyzer.DumpAnalysis].GetProperties().Name) { $text | Should -BeLikeExactly "*$name*" }
    }

    It 'colours the finding table by severity unless output rendering is PlainText' {
        $findings = (New-SampleAnalysis).Findings
        $esc = [char]27

        $PSStyle.OutputRendering = 'Ansi'
        $ansi = $findings | Format-Table | Out-String -Width 200
        $PSStyle.OutputRendering = 'PlainText'
        $plain = $findings | Format-Table | Out-String -Width 200

        $ansi | Should -BeLikeExactly "*$esc*Critical*"
        $plain | Should -Not -BeLikeExactly "*$esc*"
        $plain | Should -Match 'Severity\s+Category\s+Subject\s+Message\s+Count'
        $plain | Should -Match 'Critical\s+Security\s+Accounts_TwoFactorAuthentication_Enabled\s+Two-factor'
    }

    It 'has a view for <Name>' -TestCases @(
        @{ Name = 'LogAnalysis'; Expression = { (New-SampleAnalysis).Log }; Pattern = 'LevelCounts\s*:\s*Info 2,800, Warn 131, Error 80' }
        @{ Name = 'LogTemplate'; Expression = { (New-SampleAnalysis).Log.Templates }; Pattern = 'Count\s+Level\s+TemplateId\s+Template' }
        @{ Name = 'Recommendation'; Expression = { (New-SampleAnalysis).Recommendations }; Pattern = 'Rank\s+Severity\s+Category\s+Text' }
        @{ Name = 'HealthScore'; Expression = { (New-SampleAnalysis).HealthScore }; Pattern = 'Label\s*:\s*Warning' }
        @{ Name = 'AppItem'; Expression = { (New-SampleAnalysis).Apps.Items }; Pattern = 'Tenor\s+1\.0\.3\s+Error\s+compiler_error_disabled' }
        @{ Name = 'SettingItem'; Expression = { (New-SampleAnalysis).Settings.Items }; Pattern = 'SMTP_Password\s+password\s+\[REDACTED\]' }
    ) {
        $PSStyle.OutputRendering = 'PlainText'

        $text = & $Expression | Out-String -Width 200

        $text | Should -Match $Pattern
    }
}
