<#
.SYNOPSIS
    Generates the module's MAML help (en-US/RocketChatAnalyzer.dll-Help.xml) from Markdown sources.

.DESCRIPTION
    Text comes from one Markdown file per cmdlet in -SourceDirectory (format: see
    module/en-US/README.md). Parameter metadata (type, mandatory, position, pipeline input,
    aliases, wildcards, parameter sets, enum values) comes from the built module itself: the
    script imports it and reads what PowerShell reflected from the cmdlet classes, so the help
    can never disagree with the binder.

    Run it in a fresh process (build.ps1 does): it imports the module it documents.

    Fails (terminating error) when an exported cmdlet has no source file, or a source file has
    no SYNOPSIS, DESCRIPTION or example. Parameters without text and documented parameters the
    cmdlet does not have are reported as warnings here; tests/Pester/Help.Tests.ps1 fails on them.
#>
[CmdletBinding()]
param(
    # The laid-out module folder (holds RocketChatAnalyzer.psd1).
    [Parameter(Mandatory)]
    [string] $ModuleDirectory,

    # Folder with one <Cmdlet-Name>.md per exported cmdlet.
    [Parameter(Mandatory)]
    [string] $SourceDirectory,

    # The MAML file to write.
    [Parameter(Mandatory)]
    [string] $OutputPath
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$nsMaml = 'http://schemas.microsoft.com/maml/2004/10'
$nsCommand = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
$nsDev = 'http://schemas.microsoft.com/maml/dev/2004/10'

# Text for the ShouldProcess parameters, which PowerShell adds and no source needs to repeat.
$shouldProcessText = @{
    WhatIf  = 'Shows what would happen if the cmdlet runs. The cmdlet is not run.'
    Confirm = 'Prompts you for confirmation before running the cmdlet.'
}

#region Markdown source

function ConvertTo-Paragraph {
    # Markdown lines -> paragraphs: blank lines separate paragraphs, soft-wrapped lines join with
    # a space, list items stay one paragraph each, fenced blocks keep their line breaks.
    param([System.Collections.Generic.List[object]] $Block)

    $paragraphs = [System.Collections.Generic.List[string]]::new()
    $current = [System.Collections.Generic.List[string]]::new()
    $flush = {
        if ($current.Count -gt 0) {
            $paragraphs.Add(($current -join ' ').Trim())
            $current.Clear()
        }
    }
    foreach ($item in $Block) {
        if ($item -is [hashtable]) {
            # A fenced block inside prose (sample output): one paragraph, verbatim.
            . $flush
            $paragraphs.Add($item.Code)
            continue
        }
        $line = [string]$item
        if ($line.Trim().Length -eq 0) {
            . $flush
        }
        elseif ($line -match '^\s*([-*+]|\d+\.)\s+') {
            . $flush
            $current.Add($line.Trim())
        }
        else {
            $current.Add($line.Trim())
        }
    }
    . $flush
    return , $paragraphs.ToArray()
}

function Read-HelpSource {
    param([string] $Path)

    $lines = [System.IO.File]::ReadAllLines($Path)
    $doc = [ordered]@{
        Name        = $null
        Sections    = [ordered]@{}
    }
    $section = $null       # e.g. 'SYNOPSIS'
    $subsection = $null    # e.g. '-Path' or 'Example 1: …'
    $fence = $null         # open fenced block: @{ Lang; Lines }
    $i = 0

    # Skip an optional YAML front matter block (platyPS writes one).
    if ($lines.Count -gt 0 -and $lines[0] -eq '---') {
        $i = 1
        while ($i -lt $lines.Count -and $lines[$i] -ne '---') { $i++ }
        $i++
    }

    $target = {
        if ($null -eq $section) { return $null }
        # The unary comma keeps PowerShell from enumerating (and so losing) an empty list.
        $entry = $doc.Sections[$section]
        if ($null -eq $subsection) { return , $entry.Body }
        return , $entry.Items[$subsection]
    }

    for (; $i -lt $lines.Count; $i++) {
        $line = $lines[$i]
        if ($null -ne $fence) {
            if ($line -match '^\s*```\s*$') {
                $block = . $target
                if ($null -ne $block) {
                    $block.Add(@{ Lang = $fence.Lang; Code = ($fence.Lines -join "`n") })
                }
                $fence = $null
            }
            else {
                $fence.Lines.Add($line)
            }
            continue
        }
        if ($line -match '^\s*```\s*([\w-]*)\s*$') {
            $fence = @{ Lang = $Matches[1]; Lines = [System.Collections.Generic.List[string]]::new() }
            continue
        }
        if ($line -match '^#\s+(\S.*?)\s*$') {
            $doc.Name = $Matches[1]
            continue
        }
        if ($line -match '^##\s+(\S.*?)\s*$') {
            $section = $Matches[1].ToUpperInvariant()
            $subsection = $null
            if (-not $doc.Sections.Contains($section)) {
                $doc.Sections[$section] = @{
                    Body  = [System.Collections.Generic.List[object]]::new()
                    Items = [ordered]@{}
                }
            }
            continue
        }
        if ($line -match '^###\s+(\S.*?)\s*$') {
            if ($null -eq $section) {
                throw "${Path}:$($i + 1): '### $($Matches[1])' appears before any '## SECTION' heading."
            }
            $subsection = $Matches[1]
            if ($doc.Sections[$section].Items.Contains($subsection)) {
                throw "${Path}:$($i + 1): '### $subsection' appears twice in section $section."
            }
            $doc.Sections[$section].Items[$subsection] = [System.Collections.Generic.List[object]]::new()
            continue
        }
        $block = . $target
        if ($null -ne $block) { $block.Add($line) }
    }
    if ($null -ne $fence) {
        throw "${Path}: a fenced code block is not closed."
    }
    return $doc
}

function Get-SectionParagraph {
    param($Doc, [string] $Name)
    if (-not $Doc.Sections.Contains($Name)) { return , @() }
    return ConvertTo-Paragraph $Doc.Sections[$Name].Body
}

function Split-ExampleBlock {
    # An example is its code fences (joined) and the prose around them (remarks).
    param([System.Collections.Generic.List[object]] $Block)
    $code = [System.Collections.Generic.List[string]]::new()
    $prose = [System.Collections.Generic.List[object]]::new()
    foreach ($item in $Block) {
        if ($item -is [hashtable]) { $code.Add($item.Code) } else { $prose.Add($item) }
    }
    return @{ Code = ($code -join "`n`n"); Remarks = (ConvertTo-Paragraph $prose) }
}

function Split-ParameterBlock {
    # Prose is the description; an optional ```yaml fence (platyPS style) may give 'Default value:'.
    param([System.Collections.Generic.List[object]] $Block)
    $prose = [System.Collections.Generic.List[object]]::new()
    $default = $null
    foreach ($item in $Block) {
        if ($item -is [hashtable]) {
            foreach ($yamlLine in $item.Code -split "`n") {
                if ($yamlLine -match '^\s*Default value:\s*(.*?)\s*$') { $default = $Matches[1] }
            }
        }
        else {
            $prose.Add($item)
        }
    }
    return @{ Description = (ConvertTo-Paragraph $prose); DefaultValue = $default }
}

#endregion

#region Metadata from the built module

function Get-TypeDisplayName {
    param([type] $Type)
    $underlying = [Nullable]::GetUnderlyingType($Type)
    if ($null -ne $underlying) { $Type = $underlying }
    if ($Type.IsArray) { return (Get-TypeDisplayName $Type.GetElementType()) + '[]' }
    return $Type.Name
}

function Get-ParameterValue {
    # Allowed values for the syntax line: enum names or a ValidateSet.
    param([System.Management.Automation.ParameterMetadata] $Parameter)
    foreach ($attribute in $Parameter.Attributes) {
        if ($attribute -is [System.Management.Automation.ValidateSetAttribute]) {
            return , @($attribute.ValidValues)
        }
    }
    $type = $Parameter.ParameterType
    $underlying = [Nullable]::GetUnderlyingType($type)
    if ($null -ne $underlying) { $type = $underlying }
    if ($type.IsArray) { $type = $type.GetElementType() }
    if ($type.IsEnum) { return , @([Enum]::GetNames($type)) }
    return , @()
}

function Get-PipelineInputText {
    param([System.Management.Automation.ParameterSetMetadata[]] $SetMetadata)
    $byValue = @($SetMetadata | Where-Object ValueFromPipeline).Count -gt 0
    $byName = @($SetMetadata | Where-Object ValueFromPipelineByPropertyName).Count -gt 0
    if ($byValue -and $byName) { return 'True (ByPropertyName, ByValue)' }
    if ($byValue) { return 'True (ByValue)' }
    if ($byName) { return 'True (ByPropertyName)' }
    return 'False'
}

function Get-PositionText {
    param([int] $Position)
    if ($Position -eq [int]::MinValue) { return 'named' }
    return [string]$Position
}

#endregion

#region MAML writer

function Write-Para {
    param([System.Xml.XmlWriter] $Writer, [string[]] $Paragraph)
    if ($null -eq $Paragraph -or $Paragraph.Count -eq 0) { $Paragraph = @('') }
    foreach ($p in $Paragraph) { $Writer.WriteElementString('maml', 'para', $nsMaml, $p) }
}

function Write-Description {
    param([System.Xml.XmlWriter] $Writer, [string[]] $Paragraph)
    $Writer.WriteStartElement('maml', 'description', $nsMaml)
    Write-Para $Writer $Paragraph
    $Writer.WriteEndElement()
}

function Write-ParameterElement {
    # One <command:parameter>; $Set is the ParameterSetMetadata in a syntax item, or $null in the
    # PARAMETERS section (then required/position/pipeline summarise all sets).
    param(
        [System.Xml.XmlWriter] $Writer,
        [System.Management.Automation.ParameterMetadata] $Parameter,
        [System.Management.Automation.ParameterSetMetadata] $Set,
        [hashtable] $Text,
        [switch] $InSyntax
    )
    $sets = @($Parameter.ParameterSets.Values)
    if ($null -ne $Set) {
        $required = $Set.IsMandatory
        $position = Get-PositionText $Set.Position
        $pipeline = Get-PipelineInputText @($Set)
    }
    else {
        $required = @($sets | Where-Object { -not $_.IsMandatory }).Count -eq 0
        $positions = @($sets | ForEach-Object Position | Sort-Object -Unique)
        $position = if ($positions.Count -eq 1) { Get-PositionText $positions[0] } else { 'named' }
        $pipeline = Get-PipelineInputText $sets
    }
    $isSwitch = $Parameter.SwitchParameter
    $globbing = @($Parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] }).Count -gt 0
    $aliases = if ($Parameter.Aliases.Count -gt 0) { $Parameter.Aliases -join ', ' } else { 'none' }
    $typeName = Get-TypeDisplayName $Parameter.ParameterType
    $values = Get-ParameterValue $Parameter

    $Writer.WriteStartElement('command', 'parameter', $nsCommand)
    $Writer.WriteAttributeString('required', $required.ToString().ToLowerInvariant())
    $Writer.WriteAttributeString('variableLength', 'true')
    $Writer.WriteAttributeString('globbing', $globbing.ToString().ToLowerInvariant())
    $Writer.WriteAttributeString('pipelineInput', $pipeline)
    $Writer.WriteAttributeString('position', $position)
    $Writer.WriteAttributeString('aliases', $aliases)
    $Writer.WriteElementString('maml', 'name', $nsMaml, $Parameter.Name)
    Write-Description $Writer $Text.Description
    if ($values.Count -gt 0 -and $InSyntax) {
        $Writer.WriteStartElement('command', 'parameterValueGroup', $nsCommand)
        foreach ($value in $values) {
            $Writer.WriteStartElement('command', 'parameterValue', $nsCommand)
            $Writer.WriteAttributeString('required', 'false')
            $Writer.WriteAttributeString('command', 'variableLength', $nsCommand, 'false')
            $Writer.WriteString($value)
            $Writer.WriteEndElement()
        }
        $Writer.WriteEndElement()
    }
    elseif (-not ($isSwitch -and $InSyntax)) {
        $Writer.WriteStartElement('command', 'parameterValue', $nsCommand)
        $Writer.WriteAttributeString('required', (-not $isSwitch).ToString().ToLowerInvariant())
        $Writer.WriteAttributeString('variableLength', 'false')
        $Writer.WriteString($typeName)
        $Writer.WriteEndElement()
    }
    $Writer.WriteStartElement('dev', 'type', $nsDev)
    $Writer.WriteElementString('maml', 'name', $nsMaml, $Parameter.ParameterType.FullName)
    $Writer.WriteElementString('maml', 'uri', $nsMaml, '')
    $Writer.WriteEndElement()
    $default = if ($Text.DefaultValue) { $Text.DefaultValue } elseif ($isSwitch) { 'False' } else { 'None' }
    $Writer.WriteElementString('dev', 'defaultValue', $nsDev, $default)
    $Writer.WriteEndElement()
}

function Write-TypeList {
    # INPUTS / OUTPUTS: '### <Type name>' subsections with text.
    param([System.Xml.XmlWriter] $Writer, [string] $ListElement, [string] $ItemElement, $Items)
    $Writer.WriteStartElement('command', $ListElement, $nsCommand)
    foreach ($item in $Items) {
        $Writer.WriteStartElement('command', $ItemElement, $nsCommand)
        $Writer.WriteStartElement('dev', 'type', $nsDev)
        $Writer.WriteElementString('maml', 'name', $nsMaml, $item.Name)
        $Writer.WriteEndElement()
        Write-Description $Writer $item.Description
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()
}

#endregion

$manifest = Get-ChildItem -LiteralPath $ModuleDirectory -Filter '*.psd1' | Select-Object -First 1
if ($null -eq $manifest) { throw "No module manifest in '$ModuleDirectory'." }
$module = Import-Module -Name $manifest.FullName -PassThru -Force
$commonParameters = [System.Collections.Generic.HashSet[string]]::new(
    [string[]][System.Management.Automation.Cmdlet]::CommonParameters, [StringComparer]::OrdinalIgnoreCase)
$commonParameters.Add('UseTransaction') | Out-Null

$problems = [System.Collections.Generic.List[string]]::new()
$documents = [System.Collections.Generic.List[object]]::new()
foreach ($name in ($module.ExportedCmdlets.Keys | Sort-Object)) {
    $sourcePath = Join-Path $SourceDirectory "$name.md"
    if (-not (Test-Path -LiteralPath $sourcePath)) {
        $problems.Add("Exported cmdlet '$name' has no help source: create $sourcePath (format: $(Join-Path $SourceDirectory 'README.md')).")
        continue
    }
    $doc = Read-HelpSource $sourcePath
    if ($doc.Name -ne $name) {
        $problems.Add("${sourcePath}: the '# ' title is '$($doc.Name)', expected '$name'.")
    }
    foreach ($required in 'SYNOPSIS', 'DESCRIPTION') {
        if ((Get-SectionParagraph $doc $required).Count -eq 0) {
            $problems.Add("${sourcePath}: section '## $required' is missing or empty.")
        }
    }
    if (-not $doc.Sections.Contains('EXAMPLES') -or $doc.Sections['EXAMPLES'].Items.Count -eq 0) {
        $problems.Add("${sourcePath}: no example ('## EXAMPLES' with at least one '### Example 1: …').")
    }
    $documents.Add(@{ Command = $module.ExportedCmdlets[$name]; Doc = $doc; Source = $sourcePath })
}
$unused = Get-ChildItem -LiteralPath $SourceDirectory -Filter '*-*.md' |
    Where-Object { -not $module.ExportedCmdlets.ContainsKey($_.BaseName) }
foreach ($file in $unused) {
    Write-Verbose "Help source $($file.Name) has no exported cmdlet in this build; skipped."
}
if ($problems.Count -gt 0) {
    throw ("Help generation failed:`n  " + ($problems -join "`n  "))
}

$settings = [System.Xml.XmlWriterSettings]::new()
$settings.Indent = $true
$settings.IndentChars = '  '
$settings.NewLineChars = "`n"
$settings.Encoding = [System.Text.UTF8Encoding]::new($false)
$null = New-Item -ItemType Directory -Force -Path (Split-Path -Parent $OutputPath)
$writer = [System.Xml.XmlWriter]::Create($OutputPath, $settings)
try {
    $writer.WriteStartDocument()
    $writer.WriteStartElement('helpItems', 'http://msh')
    $writer.WriteAttributeString('schema', 'maml')
    $writer.WriteAttributeString('xmlns', 'maml', $null, $nsMaml)
    $writer.WriteAttributeString('xmlns', 'command', $null, $nsCommand)
    $writer.WriteAttributeString('xmlns', 'dev', $null, $nsDev)

    foreach ($entry in $documents) {
        $command = $entry.Command
        $doc = $entry.Doc

        # Parameter text by name (without the leading '-').
        $parameterText = @{}
        if ($doc.Sections.Contains('PARAMETERS')) {
            foreach ($key in $doc.Sections['PARAMETERS'].Items.Keys) {
                $parameterText[$key.TrimStart('-')] = Split-ParameterBlock $doc.Sections['PARAMETERS'].Items[$key]
            }
        }
        $parameters = @($command.Parameters.Values | Where-Object { -not $commonParameters.Contains($_.Name) })
        foreach ($parameter in $parameters) {
            if (-not $parameterText.ContainsKey($parameter.Name)) {
                $fallback = $shouldProcessText[$parameter.Name]
                if ($fallback) {
                    $parameterText[$parameter.Name] = @{ Description = @($fallback); DefaultValue = 'False' }
                }
                else {
                    Write-Warning "$($entry.Source): parameter -$($parameter.Name) has no text under '## PARAMETERS'."
                    $parameterText[$parameter.Name] = @{ Description = @(); DefaultValue = $null }
                }
            }
        }
        foreach ($documented in @($parameterText.Keys)) {
            if (-not $command.Parameters.ContainsKey($documented)) {
                Write-Warning "$($entry.Source): documents -$documented, which $($command.Name) does not have."
            }
        }

        $writer.WriteStartElement('command', 'command', $nsCommand)

        $writer.WriteStartElement('command', 'details', $nsCommand)
        $writer.WriteElementString('command', 'name', $nsCommand, $command.Name)
        $writer.WriteElementString('command', 'verb', $nsCommand, $command.Verb)
        $writer.WriteElementString('command', 'noun', $nsCommand, $command.Noun)
        Write-Description $writer (Get-SectionParagraph $doc 'SYNOPSIS')
        $writer.WriteEndElement()

        Write-Description $writer (Get-SectionParagraph $doc 'DESCRIPTION')

        # SYNTAX: one item per parameter set, positional parameters first (as Get-Command shows).
        $writer.WriteStartElement('command', 'syntax', $nsCommand)
        foreach ($set in ($command.ParameterSets | Sort-Object { -not $_.IsDefault }, Name)) {
            $writer.WriteStartElement('command', 'syntaxItem', $nsCommand)
            $writer.WriteElementString('maml', 'name', $nsMaml, $command.Name)
            $inSet = foreach ($parameter in $parameters) {
                $setMetadata = $parameter.ParameterSets[$set.Name]
                if ($null -eq $setMetadata) { $setMetadata = $parameter.ParameterSets['__AllParameterSets'] }
                if ($null -ne $setMetadata) { [pscustomobject]@{ Parameter = $parameter; Set = $setMetadata } }
            }
            $ordered = @($inSet | Sort-Object `
                    @{ Expression = { if ($_.Set.Position -eq [int]::MinValue) { [int]::MaxValue } else { $_.Set.Position } } },
                    @{ Expression = { -not $_.Set.IsMandatory } },
                    @{ Expression = { $shouldProcessText.ContainsKey($_.Parameter.Name) } })
            foreach ($item in $ordered) {
                Write-ParameterElement $writer $item.Parameter $item.Set $parameterText[$item.Parameter.Name] -InSyntax
            }
            $writer.WriteEndElement()
        }
        $writer.WriteEndElement()

        $writer.WriteStartElement('command', 'parameters', $nsCommand)
        foreach ($parameter in $parameters) {
            Write-ParameterElement $writer $parameter $null $parameterText[$parameter.Name]
        }
        $writer.WriteEndElement()

        $inputs = if ($doc.Sections.Contains('INPUTS')) {
            foreach ($key in $doc.Sections['INPUTS'].Items.Keys) {
                @{ Name = $key; Description = (ConvertTo-Paragraph $doc.Sections['INPUTS'].Items[$key]) }
            }
        }
        if (-not $inputs) { $inputs = @(@{ Name = 'None'; Description = @() }) }
        Write-TypeList $writer 'inputTypes' 'inputType' $inputs

        $outputs = if ($doc.Sections.Contains('OUTPUTS')) {
            foreach ($key in $doc.Sections['OUTPUTS'].Items.Keys) {
                @{ Name = $key; Description = (ConvertTo-Paragraph $doc.Sections['OUTPUTS'].Items[$key]) }
            }
        }
        if (-not $outputs) {
            # No text yet: the [OutputType] attributes still say what comes out.
            $outputs = foreach ($type in $command.OutputType) { @{ Name = $type.Name; Description = @() } }
        }
        if (-not $outputs) { $outputs = @(@{ Name = 'None'; Description = @() }) }
        Write-TypeList $writer 'returnValues' 'returnValue' $outputs

        $notes = Get-SectionParagraph $doc 'NOTES'
        if ($notes.Count -gt 0) {
            $writer.WriteStartElement('maml', 'alertSet', $nsMaml)
            $writer.WriteStartElement('maml', 'alert', $nsMaml)
            Write-Para $writer $notes
            $writer.WriteEndElement()
            $writer.WriteEndElement()
        }

        $writer.WriteStartElement('command', 'examples', $nsCommand)
        foreach ($title in $doc.Sections['EXAMPLES'].Items.Keys) {
            $example = Split-ExampleBlock $doc.Sections['EXAMPLES'].Items[$title]
            if ($example.Code.Trim().Length -eq 0) {
                throw "$($entry.Source): '### $title' has no fenced code block."
            }
            $writer.WriteStartElement('command', 'example', $nsCommand)
            $writer.WriteElementString('maml', 'title', $nsMaml, "---------- $title ----------")
            $writer.WriteElementString('dev', 'code', $nsDev, $example.Code)
            $writer.WriteStartElement('dev', 'remarks', $nsDev)
            # The trailing empty paragraph puts a blank line before the next example's title.
            Write-Para $writer (@($example.Remarks) + '')
            $writer.WriteEndElement()
            $writer.WriteEndElement()
        }
        $writer.WriteEndElement()

        $writer.WriteStartElement('command', 'relatedLinks', $nsCommand)
        if ($doc.Sections.Contains('RELATED LINKS')) {
            foreach ($line in $doc.Sections['RELATED LINKS'].Body) {
                if ($line -is [string] -and $line -match '\[([^\]]+)\]\(([^)]*)\)') {
                    $writer.WriteStartElement('maml', 'navigationLink', $nsMaml)
                    $writer.WriteElementString('maml', 'linkText', $nsMaml, $Matches[1])
                    $uri = if ($Matches[2] -match '^https?://') { $Matches[2] } else { '' }
                    $writer.WriteElementString('maml', 'uri', $nsMaml, $uri)
                    $writer.WriteEndElement()
                }
            }
        }
        $writer.WriteEndElement()

        $writer.WriteEndElement() # command:command
    }

    $writer.WriteEndElement() # helpItems
    $writer.WriteEndDocument()
}
finally {
    $writer.Dispose()
}

Write-Verbose "Wrote help for $($documents.Count) cmdlet(s) to $OutputPath."
