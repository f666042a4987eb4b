# Source manifest of the RocketChatAnalyzer module.
# build.ps1 copies it to out/RocketChatAnalyzer/ and stamps ModuleVersion from <VersionPrefix> in
# Directory.Build.props (the one version source): do not edit ModuleVersion here.
# FormatsToProcess / TypesToProcess name files in module/; the build fails if a listed file is
# missing there or if module/ holds a *.Format.ps1xml / *.Types.ps1xml that is not listed.
@{
    RootModule             = 'RocketChatAnalyzer.dll'
    ModuleVersion          = '0.0.0'
    GUID                   = '27d2a516-2a25-46d5-85ba-acd3b0b2cb73'
    Author                 = 'RocketChatAnalyzer contributors'
    CompanyName            = 'RocketChatAnalyzer'
    Copyright              = '(c) RocketChatAnalyzer contributors. All rights reserved.'
    Description            = 'Analyzes Rocket.Chat support dumps and server logs: log levels, patterns and templates, settings, statistics, omnichannel and apps checks, health score, recommendations, and JSON/CSV/HTML/Markdown reports.'
    PowerShellVersion      = '7.4'
    CompatiblePSEditions   = @('Core')

    # The engine holds the public result types (RocketChatAnalyzer.DumpAnalysis, …); loading it
    # with the module lets scripts name them ([RocketChatAnalyzer.LogLevel]::Error).
    RequiredAssemblies     = @('RocketChatAnalyzer.Engine.dll')

    FormatsToProcess       = @('RocketChatAnalyzer.Format.ps1xml')
    TypesToProcess         = @()

    CmdletsToExport        = @(
        'Invoke-RocketChatDumpAnalysis'
        'Invoke-LogAnalysisParallel'
        'Export-AnalysisReport'
        'Get-LogTemplate'
        'Get-AnalysisFromCache'
        'Clear-AnalysisCache'
        'Measure-AnalysisPerformance'
        'Test-SystemHealth'
        'Start-AnalysisWorker'
    )
    FunctionsToExport      = @()
    VariablesToExport      = @()
    AliasesToExport        = @()

    PrivateData            = @{
        PSData = @{
            Tags       = @('RocketChat', 'Rocket.Chat', 'Logs', 'Analysis', 'Support', 'Diagnostics', 'Linux', 'Windows', 'MacOS')
        }
    }
}
