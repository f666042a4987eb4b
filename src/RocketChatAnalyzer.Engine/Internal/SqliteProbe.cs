using Microsoft.Data.Sqlite;

namespace RocketChatAnalyzer.Internal;

/// <summary>
/// Proves that the native SQLite library (e_sqlite3) can be found and loaded in the current
/// process. PowerShell loads the module from its own folder, where the .NET host's usual native
/// probing (deps.json) does not apply, so the module registers a resolver at import; this probe
/// is what tests and <c>Test-SystemHealth</c> call to show that the resolver works.
/// </summary>
public static class SqliteProbe
{
    /// <summary>
    /// Opens a private in-memory database and returns <c>select sqlite_version()</c>.
    /// Throws (usually a <see cref="TypeInitializationException"/> from
    /// <see cref="SqliteConnection"/>) when the native library cannot be loaded.
    /// </summary>
    public static string Version()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "select sqlite_version()";
        return (string)command.ExecuteScalar()!;
    }
}
