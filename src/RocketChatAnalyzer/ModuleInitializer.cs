using System.Management.Automation;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace RocketChatAnalyzer.Commands;

/// <summary>
/// Runs when PowerShell imports and removes the module. Its only job is to make the native
/// libraries shipped under <c>runtimes/&lt;rid&gt;/native/</c> loadable (see
/// <see cref="NativeLibraryResolver"/>).
/// </summary>
public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    /// <inheritdoc />
    public void OnImport() => NativeLibraryResolver.Register();

    /// <inheritdoc />
    public void OnRemove(PSModuleInfo psModuleInfo) => NativeLibraryResolver.Unregister();
}

/// <summary>
/// Resolves native libraries (today: SQLite's <c>e_sqlite3</c>) requested by assemblies that ship in
/// the module folder.
/// </summary>
/// <remarks>
/// Why this exists: a test host or an application finds <c>runtimes/&lt;rid&gt;/native/libe_sqlite3.so</c>
/// through its <c>deps.json</c>; PowerShell loads a module from a plain folder and has no such
/// file for it, so <c>[DllImport("e_sqlite3")]</c> in SQLitePCLRaw fails and
/// <c>Microsoft.Data.Sqlite.SqliteConnection</c>'s type initializer throws. We hook
/// <see cref="AssemblyLoadContext.ResolvingUnmanagedDll"/>, which runs only after the runtime's own
/// probing failed, and load the library from the runtime folder that matches this process (OS and
/// process architecture). An event (rather than <c>NativeLibrary.SetDllImportResolver</c>) is used
/// because it composes with other modules in the same process and can be removed again.
/// Threading: the handler may run on any thread; it reads only immutable state.
/// </remarks>
internal static class NativeLibraryResolver
{
    private static readonly object s_gate = new();
    private static readonly string s_moduleDirectory =
        Path.GetDirectoryName(typeof(NativeLibraryResolver).Assembly.Location) ?? string.Empty;

    private static AssemblyLoadContext? s_registeredOn;

    /// <summary>Subscribes the resolver once, however often the module is imported.</summary>
    internal static void Register()
    {
        lock (s_gate)
        {
            if (s_registeredOn is not null)
            {
                return;
            }

            AssemblyLoadContext context =
                AssemblyLoadContext.GetLoadContext(typeof(NativeLibraryResolver).Assembly) ?? AssemblyLoadContext.Default;
            context.ResolvingUnmanagedDll += OnResolvingUnmanagedDll;
            s_registeredOn = context;
        }
    }

    /// <summary>Unsubscribes the resolver (Remove-Module). Libraries already loaded stay loaded.</summary>
    internal static void Unregister()
    {
        lock (s_gate)
        {
            if (s_registeredOn is null)
            {
                return;
            }

            s_registeredOn.ResolvingUnmanagedDll -= OnResolvingUnmanagedDll;
            s_registeredOn = null;
        }
    }

    /// <summary>
    /// The <c>runtimes/&lt;rid&gt;/native</c> folders to try, most specific first: the runtime's own
    /// identifier (e.g. <c>linux-musl-x64</c>), then the portable one built from OS and architecture.
    /// </summary>
    internal static IReadOnlyList<string> CandidateRuntimeIdentifiers()
    {
        string architecture = RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
        string os = OperatingSystem.IsWindows() ? "win"
            : OperatingSystem.IsMacOS() ? "osx"
            : OperatingSystem.IsFreeBSD() ? "freebsd"
            : "linux";

        var identifiers = new List<string>(3) { RuntimeInformation.RuntimeIdentifier };
        if (os == "linux" && RuntimeInformation.RuntimeIdentifier.Contains("musl", StringComparison.Ordinal))
        {
            identifiers.Add("linux-musl-" + architecture);
        }

        identifiers.Add(os + "-" + architecture);
        return identifiers;
    }

    /// <summary>File names the loader would try for <paramref name="libraryName"/> on this OS.</summary>
    internal static IReadOnlyList<string> CandidateFileNames(string libraryName)
    {
        string extension = OperatingSystem.IsWindows() ? ".dll" : OperatingSystem.IsMacOS() ? ".dylib" : ".so";
        var names = new List<string>(3);
        if (!libraryName.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
        {
            if (!OperatingSystem.IsWindows() && !libraryName.StartsWith("lib", StringComparison.Ordinal))
            {
                names.Add("lib" + libraryName + extension);
            }

            names.Add(libraryName + extension);
        }

        names.Add(libraryName);
        return names;
    }

    private static IntPtr OnResolvingUnmanagedDll(Assembly requester, string libraryName)
    {
        // Only answer for our own assemblies (engine, SQLitePCLRaw, …), never for another module's.
        if (libraryName.IndexOfAny(['/', '\\']) >= 0
            || !string.Equals(Path.GetDirectoryName(requester.Location), s_moduleDirectory, StringComparison.Ordinal))
        {
            return IntPtr.Zero;
        }

        foreach (string rid in CandidateRuntimeIdentifiers())
        {
            string directory = Path.Combine(s_moduleDirectory, "runtimes", rid, "native");
            foreach (string fileName in CandidateFileNames(libraryName))
            {
                string path = Path.Combine(directory, fileName);
                if (File.Exists(path) && NativeLibrary.TryLoad(path, out IntPtr handle))
                {
                    return handle;
                }
            }
        }

        return IntPtr.Zero;
    }
}
