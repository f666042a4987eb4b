using RocketChatAnalyzer.Cache;

namespace RocketChatAnalyzer.Distributed;

/// <summary>
/// How a log job's result (the mergeable partial <see cref="LogAnalysis"/> of one chunk) travels from
/// a worker to the submitter: the engine's binary form of a result (<see cref="LogAnalysisCodec"/>,
/// the one the cache stores prefix states in) inside a <see cref="Payload"/> (zlib).
/// <para>
/// Why not JSON: the submitter reads one result per chunk while the workers use every core; a
/// cold submitter spent a few hundred milliseconds of CPU compiling Newtonsoft's reflection-based
/// reader, taken from the workers on a shared machine, and JSON also carried the chunk's derived
/// <see cref="LogAnalysis.Templates"/>, which the worker had to cluster (stage 2) for every chunk
/// only for the submitter to throw them away (they are derived again from the merged keys).
/// </para>
/// <para>
/// Contract: <see cref="Unpack"/> gives back an object equal to the written one in every mergeable
/// property (the codec's state form: exact round trip, checksummed, derived templates left behind),
/// so merging read partials gives exactly the result of merging the originals (the local engine).
/// A result written as JSON (a worker of the previous queue format) is still read.
/// </para>
/// </summary>
internal static class PartialResult
{
    public static byte[] Pack(LogAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return Payload.Pack(LogAnalysisCodec.Encode(analysis, stateOnly: true), compress: true);
    }

    /// <exception cref="InvalidDataException">Not a partial result of this format (corrupt, cut, or another version).</exception>
    public static LogAnalysis Unpack(byte[] packed)
    {
        byte[] body = Payload.Unpack(packed);
        if (body.Length > 0 && body[0] == (byte)'{') return Payload.UnpackJson<LogAnalysis>(packed);
        return LogAnalysisCodec.Decode(body);
    }
}
