# Seeded randomness for the generator. System.Random(seed) uses the same legacy algorithm on every
# .NET version, so a fixed seed gives byte-identical output.

Set-StrictMode -Version 3.0

$script:Rng = $null
$script:MeteorIdAlphabet = '23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz'

function Initialize-Random {
    param([int] $Seed)
    $script:Rng = [System.Random]::new($Seed)
}

function Get-RandomInt {
    param([int] $Min, [int] $MaxExclusive)
    return $script:Rng.Next($Min, $MaxExclusive)
}

function Get-RandomItem {
    param([object[]] $Items)
    return $Items[$script:Rng.Next(0, $Items.Count)]
}

function Test-Chance {
    param([double] $Probability)
    return $script:Rng.NextDouble() -lt $Probability
}

# Items carry a Weight property.
function Get-WeightedItem {
    param([object[]] $Items)
    $total = 0
    foreach ($i in $Items) { $total += $i.Weight }
    $r = $script:Rng.Next(0, $total)
    foreach ($i in $Items) {
        if ($r -lt $i.Weight) { return $i }
        $r -= $i.Weight
    }
    return $Items[-1]
}

# Meteor Random.id(): 17 characters of the unmistakable alphabet.
function New-MeteorId {
    param([int] $Length = 17)
    $chars = [char[]]::new($Length)
    for ($i = 0; $i -lt $Length; $i++) { $chars[$i] = $script:MeteorIdAlphabet[$script:Rng.Next(0, $script:MeteorIdAlphabet.Length)] }
    return [string]::new($chars)
}

function New-Hex {
    param([int] $Length)
    $sb = [System.Text.StringBuilder]::new($Length)
    for ($i = 0; $i -lt $Length; $i++) { [void]$sb.Append('0123456789abcdef'[$script:Rng.Next(0, 16)]) }
    return $sb.ToString()
}

function New-Uuid {
    $h = New-Hex 32
    $variant = '89ab'[$script:Rng.Next(0, 4)]
    return '{0}-{1}-4{2}-{3}{4}-{5}' -f $h.Substring(0, 8), $h.Substring(8, 4), $h.Substring(13, 3), $variant, $h.Substring(17, 3), $h.Substring(20, 12)
}

function New-Base64Blob {
    param([int] $Bytes)
    $b = [byte[]]::new($Bytes)
    $script:Rng.NextBytes($b)
    return [Convert]::ToBase64String($b)
}
