# Deterministic zip and gzip writers: fixed entry times, fixed entry order, no host metadata.

Set-StrictMode -Version 3.0

$script:ZipTime = [DateTimeOffset]::new(2025, 11, 23, 19, 30, 0, [TimeSpan]::Zero)

# $Entries: objects with Name (entry name, written as given — even '../evil.json') and Bytes.
function Write-ZipFile {
    param([string] $Path, [object[]] $Entries)
    [void][System.IO.Directory]::CreateDirectory([System.IO.Path]::GetDirectoryName($Path))
    $fs = [System.IO.File]::Create($Path)
    try {
        $zip = [System.IO.Compression.ZipArchive]::new($fs, [System.IO.Compression.ZipArchiveMode]::Create, $false)
        try {
            foreach ($e in $Entries) {
                $entry = $zip.CreateEntry($e.Name, [System.IO.Compression.CompressionLevel]::Optimal)
                $entry.LastWriteTime = $script:ZipTime
                $s = $entry.Open()
                try { $s.Write($e.Bytes, 0, $e.Bytes.Length) } finally { $s.Dispose() }
            }
        }
        finally { $zip.Dispose() }
    }
    finally { $fs.Dispose() }
}

function Write-GzipFile {
    param([string] $Path, [byte[]] $Bytes)
    [void][System.IO.Directory]::CreateDirectory([System.IO.Path]::GetDirectoryName($Path))
    $fs = [System.IO.File]::Create($Path)
    try {
        $gz = [System.IO.Compression.GZipStream]::new($fs, [System.IO.Compression.CompressionLevel]::Optimal)
        try { $gz.Write($Bytes, 0, $Bytes.Length) } finally { $gz.Dispose() }
    }
    finally { $fs.Dispose() }
}
