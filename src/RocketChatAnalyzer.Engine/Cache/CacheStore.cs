using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace RocketChatAnalyzer.Cache;

/// <summary>
/// The SQLite file behind the cache: schema, connections, retries and recovery. Every operation
/// is one short statement or one short <c>BEGIN IMMEDIATE</c> transaction on a pooled connection,
/// so many threads and processes can share one file.
/// </summary>
/// <remarks>
/// <para>
/// Concurrency: WAL journal (readers never block the writer), <c>busy_timeout</c> in SQLite plus
/// Microsoft.Data.Sqlite's command timeout, and an outer retry with jittered backoff for the
/// cases SQLite reports as busy without waiting (e.g. a WAL snapshot that went stale).
/// </para>
/// <para>
/// Faults: an error saying the file is corrupt, not a database, or cannot be opened triggers a
/// recovery — under a lock file shared by all processes, the file is checked again (another
/// process may have recovered it already), moved aside as <c>cache.db.corrupt-&lt;UTC time&gt;</c>
/// with its <c>-wal</c>/<c>-shm</c> companions, and a fresh database is created. If that fails
/// too, the store turns itself off and every later call reports that the cache is unavailable;
/// callers then analyse without it. Problems are returned as <see cref="Diagnostic"/>s.
/// </para>
/// <para>Thread safety: all members are thread-safe.</para>
/// </remarks>
internal sealed class CacheStore
{
    /// <summary>Schema written by this engine.</summary>
    public const int SchemaVersion = 1;

    // Oldest reader that understands what this engine writes: schema changes must stay additive
    // (new tables/columns) so that older modules keep reading the file; raise this only when not.
    private const int MinReaderVersion = 1;

    private const int SqliteBusy = 5, SqliteLocked = 6, SqlitePerm = 3, SqliteReadOnly = 8, SqliteIoErr = 10,
        SqliteCorrupt = 11, SqliteCantOpen = 14, SqliteNotADb = 26;

    private static readonly TimeSpan s_busyBudget = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan s_lockFileWait = TimeSpan.FromSeconds(20);

    private readonly string _connectionString;
    private readonly object _initGate = new();
    private readonly object _recoverGate = new();
    private volatile bool _initialized;
    private volatile string? _unavailable;

    public CacheStore(string filePath)
    {
        FilePath = filePath;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = filePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string FilePath { get; }

    /// <summary>Null while the store works; else why it was turned off.</summary>
    public string? UnavailableReason => _unavailable;

    /// <summary>Runs <paramref name="work"/> on an open connection with retries and recovery.</summary>
    /// <returns>False when the operation could not be done (the reason is in <paramref name="diagnostics"/>).</returns>
    public bool TryRun<T>(string operation, Func<SqliteConnection, T> work, ICollection<Diagnostic>? diagnostics, out T result)
    {
        result = default!;
        if (_unavailable is string reason)
        {
            diagnostics?.Add(UnavailableDiagnostic(reason));
            return false;
        }
        bool recovered = false;
        var clock = Stopwatch.StartNew();
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                EnsureInitialized();
                using var connection = Open(pooled: true);
                try
                {
                    result = work(connection);
                    return true;
                }
                finally
                {
                    EndOpenTransaction(connection);
                }
            }
            catch (SqliteException ex) when (IsBusy(ex) && clock.Elapsed < s_busyBudget)
            {
                Backoff(attempt);
            }
            catch (SqliteException ex) when (IsUnusable(ex) || IsNotOpenable(ex))
            {
                if (recovered || !Recover(Describe(ex), diagnostics)) return Fail(operation, ex, diagnostics, disable: true);
                recovered = true;
            }
            catch (SqliteException ex)
            {
                return Fail(operation, ex, diagnostics, disable: false);
            }
            catch (SchemaTooNewException ex)
            {
                // Not damaged, just not ours to change: leave the file alone.
                return Fail(operation, ex, diagnostics, disable: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Creating the directory or the file failed: nothing to move aside, nothing to retry.
                return Fail(operation, ex, diagnostics, disable: true);
            }
        }
    }

    /// <summary>Creates the schema if needed (idempotent, safe when many processes race).</summary>
    private void EnsureInitialized()
    {
        if (_initialized) return;
        lock (_initGate)
        {
            if (_initialized) return;
            string? dir = Path.GetDirectoryName(FilePath);
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
            using var c = Open(pooled: true);
            Exec(c, "PRAGMA auto_vacuum=INCREMENTAL;"); // only takes effect before the first table: new files only
            string mode = Scalar(c, "PRAGMA journal_mode=WAL;") as string ?? "";
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                throw new SqliteException("The cache database could not switch to WAL mode (journal_mode=" + mode + ").", SqliteBusy);
            using (var tx = c.BeginTransaction(deferred: false))
            {
                Exec(c, Schema);
                object? found = Scalar(c, "SELECT version FROM schema_version LIMIT 1;");
                if (found is null)
                {
                    Exec(c, "INSERT INTO schema_version(version, min_reader_version) VALUES ("
                        + SchemaVersion.ToString(CultureInfo.InvariantCulture) + ", " + MinReaderVersion.ToString(CultureInfo.InvariantCulture) + ");");
                }
                else
                {
                    long minReader = Convert.ToInt64(Scalar(c, "SELECT min_reader_version FROM schema_version LIMIT 1;"), CultureInfo.InvariantCulture);
                    if (minReader > SchemaVersion)
                    {
                        tx.Rollback();
                        throw new SchemaTooNewException("it was written by a newer version of the module (schema "
                            + Convert.ToString(found, CultureInfo.InvariantCulture) + ")");
                    }
                }
                tx.Commit();
            }
            _initialized = true;
        }
    }

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version INTEGER NOT NULL,
            min_reader_version INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS analysis_cache (
            cache_key TEXT PRIMARY KEY NOT NULL,
            config_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            dump_hash TEXT NOT NULL,
            path TEXT,
            analysis_result BLOB NOT NULL,
            created_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            file_size INTEGER NOT NULL,
            processing_time_ms INTEGER NOT NULL,
            file_mtime_ns INTEGER,
            file_ctime_ns INTEGER,
            file_device INTEGER,
            file_inode INTEGER,
            prefix_length INTEGER,
            prefix_hash TEXT,
            prefix_state BLOB);
        CREATE INDEX IF NOT EXISTS ix_analysis_cache_path ON analysis_cache(path, config_key, created_at);
        CREATE INDEX IF NOT EXISTS ix_analysis_cache_expires ON analysis_cache(expires_at);
        CREATE TABLE IF NOT EXISTS file_memo (
            path TEXT NOT NULL,
            algorithm TEXT NOT NULL,
            size INTEGER NOT NULL,
            mtime_ns INTEGER NOT NULL,
            ctime_ns INTEGER NOT NULL,
            device INTEGER NOT NULL,
            inode INTEGER NOT NULL,
            digest TEXT NOT NULL,
            verified_at_ns INTEGER NOT NULL,
            PRIMARY KEY (path, algorithm)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS metrics (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            recorded_at INTEGER NOT NULL,
            kind TEXT NOT NULL,
            outcome TEXT,
            source TEXT,
            duration_ms REAL NOT NULL,
            bytes_processed INTEGER NOT NULL DEFAULT 0,
            throughput_mbps REAL,
            memory_before INTEGER,
            memory_after INTEGER,
            peak_working_set INTEGER,
            processor_time_ms REAL,
            machine TEXT,
            process_id INTEGER);
        CREATE INDEX IF NOT EXISTS ix_metrics_recorded ON metrics(recorded_at);
        """;

    /// <summary>
    /// Returns a connection to the pool outside any transaction. A transaction left open (a
    /// statement that failed between BEGIN and COMMIT in a way its owner did not roll back) would
    /// otherwise go back to the pool with the connection, and every later BEGIN on it fails with
    /// "cannot start a transaction within a transaction". Rolls back; if even that fails, the
    /// pool is cleared so that the connection is closed instead of reused.
    /// </summary>
    private static void EndOpenTransaction(SqliteConnection connection)
    {
        if (connection.State != System.Data.ConnectionState.Open || connection.Handle is not { } handle) return;
        if (SQLitePCL.raw.sqlite3_get_autocommit(handle) != 0) return;
        try
        {
            Exec(connection, "ROLLBACK;");
        }
        catch (SqliteException)
        {
            SqliteConnection.ClearPool(connection);
        }
    }

    private SqliteConnection Open(bool pooled)
    {
        var cs = pooled ? _connectionString : new SqliteConnectionStringBuilder(_connectionString) { Pooling = false }.ToString();
        var c = new SqliteConnection(cs);
        try
        {
            c.Open();
            // Per connection: wait for locks inside SQLite; NORMAL is durable enough for a cache in WAL mode.
            Exec(c, "PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL;");
            return c;
        }
        catch
        {
            c.Dispose();
            throw;
        }
    }

    /// <summary>Moves an unusable file aside and creates a fresh one; false when that failed too.</summary>
    private bool Recover(string reason, ICollection<Diagnostic>? diagnostics)
    {
        lock (_recoverGate)
        {
            FileStream? fileLock = null;
            try
            {
                fileLock = AcquireLockFile();
                using (var probe = new SqliteConnection(_connectionString)) SqliteConnection.ClearPool(probe);
                _initialized = false;
                if (IsHealthy()) return true; // another process or thread already recovered it
                string stamp = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
                string aside = FilePath + ".corrupt-" + stamp;
                if (File.Exists(aside)) aside += "-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
                bool moved = false;
                if (File.Exists(FilePath)) { File.Move(FilePath, aside); moved = true; }
                foreach (string suffix in new[] { "-wal", "-shm" })
                {
                    if (File.Exists(FilePath + suffix)) File.Move(FilePath + suffix, aside + suffix);
                }
                EnsureInitialized();
                diagnostics?.Add(new Diagnostic(DiagnosticSeverity.Warning, "CacheCorrupt", FilePath, null, null,
                    moved
                        ? $"The analysis cache could not be used ({reason}). It was moved to '{aside}' and a new cache was created."
                        : $"The analysis cache could not be used ({reason}). A new cache was created."));
                return true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException)
            {
                _unavailable = reason + "; recovery failed: " + ex.Message;
                return false;
            }
            finally
            {
                fileLock?.Dispose();
            }
        }
    }

    // Serializes recovery across processes so a second process never moves aside the fresh file
    // the first one just created. Null when no lock file can be made (read-only directory).
    private FileStream? AcquireLockFile()
    {
        string lockPath = FilePath + ".lock";
        var clock = Stopwatch.StartNew();
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                string? dir = Path.GetDirectoryName(lockPath);
                if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (UnauthorizedAccessException) { return null; }
            catch (IOException) when (clock.Elapsed < s_lockFileWait) { Backoff(attempt); }
        }
    }

    private bool IsHealthy()
    {
        try
        {
            if (!File.Exists(FilePath)) return true;
            using var c = Open(pooled: false);
            var r = Scalar(c, "PRAGMA quick_check(1);") as string;
            if (!string.Equals(r, "ok", StringComparison.OrdinalIgnoreCase)) return false;
            Scalar(c, "SELECT count(*) FROM sqlite_master;");
            return true;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    private bool Fail(string operation, Exception ex, ICollection<Diagnostic>? diagnostics, bool disable)
    {
        string reason = ex is SqliteException se ? Describe(se) : ex.Message;
        if (disable)
        {
            _unavailable ??= reason;
            diagnostics?.Add(UnavailableDiagnostic(_unavailable));
        }
        else
        {
            diagnostics?.Add(new Diagnostic(DiagnosticSeverity.Warning, "CacheOperationFailed", FilePath, null, null,
                $"The analysis cache could not {operation} ({reason}); going on without it."));
        }
        return false;
    }

    private Diagnostic UnavailableDiagnostic(string reason) =>
        new(DiagnosticSeverity.Warning, "CacheUnavailable", FilePath, null, null,
            $"The analysis cache cannot be used ({reason}); analysing without the cache.");

    private static string Describe(SqliteException ex) =>
        "SQLite error " + ex.SqliteErrorCode.ToString(CultureInfo.InvariantCulture) + ": " + ex.Message;

    private static bool IsBusy(SqliteException ex) => ex.SqliteErrorCode is SqliteBusy or SqliteLocked;

    private static bool IsUnusable(SqliteException ex) => ex.SqliteErrorCode is SqliteCorrupt or SqliteNotADb;

    private static bool IsNotOpenable(SqliteException ex) =>
        ex.SqliteErrorCode is SqliteCantOpen or SqlitePerm or SqliteIoErr or SqliteReadOnly;

    private static void Backoff(int attempt)
    {
        int ceiling = Math.Min(200, 5 << Math.Min(attempt, 5));
        Thread.Sleep(Random.Shared.Next(1, ceiling + 1));
    }

    private sealed class SchemaTooNewException : Exception
    {
        public SchemaTooNewException(string message) : base(message) { }
    }

    internal static void Exec(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    internal static object? Scalar(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        object? r = cmd.ExecuteScalar();
        return r is DBNull ? null : r;
    }
}
