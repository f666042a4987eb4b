using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using RocketChatAnalyzer.Templates;

namespace RocketChatAnalyzer.Cache;

/// <summary>
/// The learned template models in the cache database (docs/TEMPLATES.md, "Warm start"): for each
/// server (<see cref="TemplateServer"/>) the id of its current model, and the models themselves by
/// id. A model is immutable and its id is a digest of its content, so a stored result or an
/// incremental state names the exact model its templates were grouped with, and that model can be
/// found again as long as anything refers to it.
/// </summary>
/// <remarks>
/// <para>
/// Tables (created on first use, additive to the cache schema): <c>template_model</c> (server →
/// model id, updated_at) and <c>template_model_snapshot</c> (model id → Brotli JSON, key count,
/// used_at). <c>used_at</c> is refreshed whenever a result grouped with the model is stored, so a
/// model is kept at least as long as any result that names it (results expire
/// <see cref="AnalysisCacheOptions.DefaultExpiry"/> after they are stored); a server's current model
/// is kept until the server has not learned anything for <see cref="ModelRetention"/>.
/// </para>
/// <para>
/// Problems never throw: like every cache operation they become diagnostics and the caller goes on
/// without a model. Thread safety: all members are thread-safe; learning is one
/// <c>BEGIN IMMEDIATE</c> read-modify-write, so concurrent analyses of one server both count.
/// </para>
/// </remarks>
internal sealed class TemplateModelStore
{
    /// <summary>A server model that learned nothing for this long is removed.</summary>
    public static readonly TimeSpan ModelRetention = TimeSpan.FromDays(90);

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS template_model (
            server TEXT PRIMARY KEY,
            model_id TEXT NOT NULL,
            updated_at INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS template_model_snapshot (
            model_id TEXT PRIMARY KEY,
            model BLOB NOT NULL,
            key_count INTEGER NOT NULL,
            used_at INTEGER NOT NULL) WITHOUT ROWID;
        """;

    // Models are named by their content, so one process-wide memo serves every cache file.
    private const int MemoCapacity = 16;
    private static readonly ConcurrentDictionary<string, TemplateModel> s_memo = new(StringComparer.Ordinal);

    private readonly CacheStore _store;

    public TemplateModelStore(CacheStore store) => _store = store;

    /// <summary>The current model of <paramref name="server"/>, or null (none yet, or unreadable).</summary>
    public TemplateModel? Current(string server, ICollection<Diagnostic>? diagnostics)
    {
        ArgumentNullException.ThrowIfNull(server);
        if (!_store.TryRun("read the template model of a server", c =>
            {
                EnsureTables(c, null);
                using var cmd = c.CreateCommand();
                cmd.CommandText = "SELECT model_id FROM template_model WHERE server = $s;";
                cmd.Parameters.AddWithValue("$s", server);
                return cmd.ExecuteScalar() as string;
            }, diagnostics, out string? id) || id is null)
            return null;
        return Find(id, diagnostics);
    }

    /// <summary>The model with this id, or null when it is no longer stored (or damaged: then it is removed and reported).</summary>
    public TemplateModel? Find(string id, ICollection<Diagnostic>? diagnostics)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (s_memo.TryGetValue(id, out var known)) return known;
        if (!_store.TryRun("read a template model", c =>
            {
                EnsureTables(c, null);
                using var cmd = c.CreateCommand();
                cmd.CommandText = "SELECT model FROM template_model_snapshot WHERE model_id = $id;";
                cmd.Parameters.AddWithValue("$id", id);
                return cmd.ExecuteScalar() as byte[];
            }, diagnostics, out byte[]? payload) || payload is null)
            return null;
        TemplateModel model;
        try
        {
            model = TemplateModel.Validate(ResultSerializer.FromJson<TemplateModel>(ResultSerializer.Unpack(payload)), "The stored template model " + id);
            if (!string.Equals(model.Id, id, StringComparison.Ordinal))
                throw new InvalidDataException("The stored template model " + id + " has other content (" + model.Id + ").");
        }
        catch (InvalidDataException ex)
        {
            _store.TryRun("remove a damaged template model", c =>
            {
                using var cmd = c.CreateCommand();
                cmd.CommandText = "DELETE FROM template_model_snapshot WHERE model_id = $id;";
                cmd.Parameters.AddWithValue("$id", id);
                return cmd.ExecuteNonQuery();
            }, diagnostics, out _);
            diagnostics?.Add(new Diagnostic(DiagnosticSeverity.Warning, "CacheEntryDamaged", _store.FilePath, null, null,
                "A stored template model was skipped and removed because it cannot be read: " + ex.Message));
            return null;
        }
        Remember(model);
        return model;
    }

    /// <summary>
    /// Extends the current model of <paramref name="server"/> with key tables learned from new input
    /// (in order) and makes the result its current model.
    /// </summary>
    public void Learn(string server, IReadOnlyList<IReadOnlyList<LogTemplate>> learned, int maxTemplates, ICollection<Diagnostic>? diagnostics)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(learned);
        bool any = false;
        foreach (var keys in learned) any |= keys.Count > 0;
        if (!any) return;
        _store.TryRun("store the template model of a server", c =>
        {
            using var tx = c.BeginTransaction(deferred: false);
            EnsureTables(c, tx);
            string? currentId;
            using (var cmd = c.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = "SELECT model_id FROM template_model WHERE server = $s;";
                cmd.Parameters.AddWithValue("$s", server);
                currentId = cmd.ExecuteScalar() as string;
            }
            var current = currentId is null ? new TemplateModel() : Read(c, tx, currentId) ?? new TemplateModel();
            var next = current;
            foreach (var keys in learned) if (keys.Count > 0) next = next.Learn(keys, maxTemplates);
            long now = AnalysisCache.ToUnixMs(DateTime.UtcNow);
            using (var cmd = c.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = """
                    INSERT INTO template_model_snapshot (model_id, model, key_count, used_at) VALUES ($id, $m, $n, $now)
                    ON CONFLICT(model_id) DO UPDATE SET used_at = excluded.used_at;
                    INSERT OR REPLACE INTO template_model (server, model_id, updated_at) VALUES ($s, $id, $now);
                    """;
                cmd.Parameters.AddWithValue("$id", next.Id);
                cmd.Parameters.AddWithValue("$m", ResultSerializer.Pack(ResultSerializer.ToJson(next)));
                cmd.Parameters.AddWithValue("$n", next.Keys.Count);
                cmd.Parameters.AddWithValue("$now", now);
                cmd.Parameters.AddWithValue("$s", server);
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
            Remember(next);
            return true;
        }, diagnostics, out _);
    }

    /// <summary>Records that a result grouped with model <paramref name="id"/> was just stored (keeps the model as long as the result).</summary>
    public void MarkUsed(string id, ICollection<Diagnostic>? diagnostics)
    {
        ArgumentNullException.ThrowIfNull(id);
        _store.TryRun("record the use of a template model", c =>
        {
            EnsureTables(c, null);
            using var cmd = c.CreateCommand();
            cmd.CommandText = "UPDATE template_model_snapshot SET used_at = max(used_at, $now) WHERE model_id = $id;";
            cmd.Parameters.AddWithValue("$now", AnalysisCache.ToUnixMs(DateTime.UtcNow));
            cmd.Parameters.AddWithValue("$id", id);
            return cmd.ExecuteNonQuery();
        }, diagnostics, out _);
    }

    /// <summary>
    /// Inside a caller's transaction: removes server models not updated since
    /// <paramref name="serverCutoffMs"/>, then models used before <paramref name="modelCutoffMs"/>
    /// that are no server's current model. Returns the number of server models removed.
    /// </summary>
    internal static long Purge(SqliteConnection c, SqliteTransaction tx, long serverCutoffMs, long modelCutoffMs)
    {
        EnsureTables(c, tx);
        long removed;
        using (var cmd = c.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "DELETE FROM template_model WHERE updated_at < $cut;";
            cmd.Parameters.AddWithValue("$cut", serverCutoffMs);
            removed = cmd.ExecuteNonQuery();
        }
        using (var cmd = c.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "DELETE FROM template_model_snapshot WHERE used_at < $cut AND model_id NOT IN (SELECT model_id FROM template_model);";
            cmd.Parameters.AddWithValue("$cut", modelCutoffMs);
            cmd.ExecuteNonQuery();
        }
        return removed;
    }

    private static TemplateModel? Read(SqliteConnection c, SqliteTransaction tx, string id)
    {
        if (s_memo.TryGetValue(id, out var known)) return known;
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT model FROM template_model_snapshot WHERE model_id = $id;";
        cmd.Parameters.AddWithValue("$id", id);
        if (cmd.ExecuteScalar() is not byte[] payload) return null;
        try
        {
            var model = TemplateModel.Validate(ResultSerializer.FromJson<TemplateModel>(ResultSerializer.Unpack(payload)), "The stored template model " + id);
            return string.Equals(model.Id, id, StringComparison.Ordinal) ? model : null;
        }
        catch (InvalidDataException)
        {
            return null; // learning starts again from nothing; the damaged row is replaced as the server moves on
        }
    }

    private static void EnsureTables(SqliteConnection c, SqliteTransaction? tx)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = Schema;
        cmd.ExecuteNonQuery();
    }

    /// <summary>Empties the process-wide memo (tests that remove stored models behind the store's back).</summary>
    internal static void ForgetRememberedModels() => s_memo.Clear();

    private static void Remember(TemplateModel model)
    {
        if (s_memo.Count >= MemoCapacity) s_memo.Clear();
        s_memo[model.Id] = model;
    }
}
