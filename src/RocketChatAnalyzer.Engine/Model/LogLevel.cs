using System.Runtime.CompilerServices;
namespace RocketChatAnalyzer;

/// <summary>
/// Rocket.Chat's pino levels (10 trace, 20 debug, 30 info, 35 http/method/subscription, 40 warn,
/// 50 error, 51 startup, 60 fatal) plus <see cref="Unknown"/> for entries that carry no level.
/// The enum order is the order used by every per-level array in the engine.
/// </summary>
public enum LogLevel
{
    Trace = 0,
    Debug = 1,
    Info = 2,
    Http = 3,
    Warn = 4,
    Error = 5,
    Startup = 6,
    Fatal = 7,
    Unknown = 8,
}

/// <summary>Maps numeric and textual level values to <see cref="LogLevel"/>.</summary>
public static class LogLevels
{
    /// <summary>Number of <see cref="LogLevel"/> values (size of per-level arrays).</summary>
    public const int Count = 9;

    private static readonly string[] s_names =
        { "Trace", "Debug", "Info", "Http", "Warn", "Error", "Startup", "Fatal", "Unknown" };

    /// <summary>The contract names used as <c>LevelCounts</c> keys, in enum order.</summary>
    public static IReadOnlyList<string> Names => s_names;

    public static string Name(LogLevel level) => s_names[(int)level];

    /// <summary>pino numeric level → name. Values between the standard ones fall to the level below.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LogLevel FromNumber(double value)
    {
        if (double.IsNaN(value)) return LogLevel.Unknown;
        if (value >= 60) return LogLevel.Fatal;
        if (value >= 51) return LogLevel.Startup;
        if (value >= 50) return LogLevel.Error;
        if (value >= 40) return LogLevel.Warn;
        if (value >= 35) return LogLevel.Http;
        if (value >= 30) return LogLevel.Info;
        if (value >= 20) return LogLevel.Debug;
        return LogLevel.Trace;
    }

    /// <summary>Textual level (pino label, Meteor/winston/syslog words) → level; ASCII case-insensitive.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LogLevel FromText(ReadOnlySpan<byte> text)
    {
        Span<byte> lower = stackalloc byte[16];
        text = Trim(text);
        if (text.Length == 0 || text.Length > lower.Length) return LogLevel.Unknown;
        bool digits = true;
        for (int i = 0; i < text.Length; i++)
        {
            byte b = text[i];
            if (b < (byte)'0' || b > (byte)'9') digits = false;
            lower[i] = b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b | 0x20) : b;
        }
        if (digits)
        {
            int n = 0;
            for (int i = 0; i < text.Length; i++) n = n * 10 + (text[i] - '0');
            return FromNumber(n);
        }
        ReadOnlySpan<byte> w = lower.Slice(0, text.Length);
        if (w.SequenceEqual("info"u8) || w.SequenceEqual("information"u8) || w.SequenceEqual("notice"u8) || w.SequenceEqual("success"u8) || w.SequenceEqual("i"u8)) return LogLevel.Info;
        if (w.SequenceEqual("warn"u8) || w.SequenceEqual("warning"u8) || w.SequenceEqual("w"u8)) return LogLevel.Warn;
        if (w.SequenceEqual("error"u8) || w.SequenceEqual("err"u8) || w.SequenceEqual("e"u8)) return LogLevel.Error;
        if (w.SequenceEqual("debug"u8) || w.SequenceEqual("verbose"u8) || w.SequenceEqual("d"u8)) return LogLevel.Debug;
        if (w.SequenceEqual("trace"u8) || w.SequenceEqual("silly"u8)) return LogLevel.Trace;
        if (w.SequenceEqual("http"u8) || w.SequenceEqual("method"u8) || w.SequenceEqual("subscription"u8)) return LogLevel.Http;
        if (w.SequenceEqual("startup"u8)) return LogLevel.Startup;
        if (w.SequenceEqual("fatal"u8) || w.SequenceEqual("critical"u8) || w.SequenceEqual("crit"u8) || w.SequenceEqual("emerg"u8) || w.SequenceEqual("emergency"u8) || w.SequenceEqual("alert"u8) || w.SequenceEqual("panic"u8) || w.SequenceEqual("f"u8)) return LogLevel.Fatal;
        return LogLevel.Unknown;
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> s)
    {
        int a = 0, b = s.Length;
        while (a < b && s[a] <= (byte)' ') a++;
        while (b > a && s[b - 1] <= (byte)' ') b--;
        return s.Slice(a, b - a);
    }
}
