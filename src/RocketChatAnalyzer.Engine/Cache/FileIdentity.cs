using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace RocketChatAnalyzer.Cache;

/// <summary>
/// What the file system says about a file, enough to tell "unchanged" from "changed" without
/// reading it: size, modification time, status-change time and the file's identity (device +
/// inode on Unix, volume + file index on Windows).
/// </summary>
/// <remarks>
/// <para>
/// The status-change time (<c>ctime</c>) cannot be set by users (<c>touch -r</c> restores mtime,
/// not ctime), so a content change with a restored mtime is still seen. The inode distinguishes a
/// rotated file (new file, same name) from a grown one.
/// </para>
/// <para>
/// Linux reads all fields through <c>statx(2)</c>; Windows through
/// <c>GetFileInformationByHandle</c> + <c>FILE_BASIC_INFO.ChangeTime</c>. Elsewhere (macOS) only
/// size and mtime are known: <see cref="Device"/>, <see cref="Inode"/> and
/// <see cref="ChangeTimeNs"/> are 0 and comparisons rely on size and mtime, as <c>make</c> does.
/// </para>
/// </remarks>
/// <param name="Size">Length in bytes.</param>
/// <param name="ModifiedTimeNs">Last write time, nanoseconds since the Unix epoch (UTC).</param>
/// <param name="ChangeTimeNs">Status-change time, nanoseconds since the Unix epoch; 0 when unknown.</param>
/// <param name="Device">Device (Unix) or volume serial (Windows); 0 when unknown.</param>
/// <param name="Inode">Inode (Unix) or file index (Windows); 0 when unknown.</param>
public readonly record struct FileIdentity(long Size, long ModifiedTimeNs, long ChangeTimeNs, long Device, long Inode)
{
    /// <summary>True when the platform reported a file id (inode or Windows file index).</summary>
    public bool HasFileId => Inode != 0;

    /// <summary>The later of the modification and status-change times (ns since the epoch).</summary>
    public long LatestChangeNs => Math.Max(ModifiedTimeNs, ChangeTimeNs);

    /// <summary>True when both describe the same file object (same device and inode, when known).</summary>
    public bool IsSameFileAs(FileIdentity other) =>
        !HasFileId || !other.HasFileId || (Device == other.Device && Inode == other.Inode);

    /// <summary>Reads the identity of the file at <paramref name="path"/>. Throws <see cref="IOException"/> (incl. <see cref="FileNotFoundException"/>) when it cannot.</summary>
    public static FileIdentity Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsLinux() && NativeMethods.TryStatxPath(path, out var id, out int errno))
        {
            if (errno == 0) return id;
            if (errno == 2 || errno == 20) throw new FileNotFoundException("File not found: " + path, path); // ENOENT, ENOTDIR
            throw new IOException($"Cannot read the status of '{path}' (errno {errno}).");
        }
        if (OperatingSystem.IsWindows())
        {
            using var h = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return Of(h, path);
        }
        return Fallback(path);
    }

    /// <summary>Reads the identity of an open file, so the identity and the bytes read belong to the same file object.</summary>
    public static FileIdentity Of(SafeFileHandle handle, string path)
    {
        ArgumentNullException.ThrowIfNull(handle);
        if (OperatingSystem.IsLinux() && NativeMethods.TryStatxHandle(handle, out var id, out int errno))
        {
            if (errno == 0) return id;
            throw new IOException($"Cannot read the status of '{path}' (errno {errno}).");
        }
        if (OperatingSystem.IsWindows() && NativeMethods.TryWindowsInfo(handle, out var wid)) return wid;
        return Fallback(path);
    }

    private static FileIdentity Fallback(string path)
    {
        var fi = new FileInfo(path);
        if (!fi.Exists) throw new FileNotFoundException("File not found: " + path, path);
        long mtime = (fi.LastWriteTimeUtc.Ticks - DateTime.UnixEpoch.Ticks) * 100;
        return new FileIdentity(fi.Length, mtime, 0, 0, 0);
    }

    /// <summary>Platform calls. Each returns false when the call is not available, so callers fall back.</summary>
    private static class NativeMethods
    {
        private const int AtFdCwd = -100;
        private const int AtEmptyPath = 0x1000;
        private const uint StatxBasicStats = 0x7ff;
        private const int StatxBufferSize = 256;

        // glibc >= 2.28 exports statx; on older C libraries the entry point is missing and we fall back.
        private static bool s_statxMissing;

        [DllImport("libc", EntryPoint = "statx", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        private static extern unsafe int Statx(int dirfd, byte* pathname, int flags, uint mask, byte* buffer);

        public static unsafe bool TryStatxPath(string path, out FileIdentity id, out int errno)
        {
            id = default;
            errno = 0;
            if (s_statxMissing) return false;
            int max = System.Text.Encoding.UTF8.GetMaxByteCount(path.Length) + 1;
            byte[] name = new byte[max];
            int n = System.Text.Encoding.UTF8.GetBytes(path, 0, path.Length, name, 0);
            name[n] = 0;
            byte* buf = stackalloc byte[StatxBufferSize];
            try
            {
                fixed (byte* p = name)
                {
                    if (Statx(AtFdCwd, p, 0, StatxBasicStats, buf) != 0) { errno = Marshal.GetLastPInvokeError(); return true; }
                }
            }
            catch (EntryPointNotFoundException) { s_statxMissing = true; return false; }
            catch (DllNotFoundException) { s_statxMissing = true; return false; }
            id = Decode(buf);
            return true;
        }

        public static unsafe bool TryStatxHandle(SafeFileHandle handle, out FileIdentity id, out int errno)
        {
            id = default;
            errno = 0;
            if (s_statxMissing) return false;
            byte* buf = stackalloc byte[StatxBufferSize];
            byte empty = 0;
            bool added = false;
            try
            {
                handle.DangerousAddRef(ref added);
                int fd = (int)handle.DangerousGetHandle();
                if (Statx(fd, &empty, AtEmptyPath, StatxBasicStats, buf) != 0) { errno = Marshal.GetLastPInvokeError(); return true; }
            }
            catch (EntryPointNotFoundException) { s_statxMissing = true; return false; }
            catch (DllNotFoundException) { s_statxMissing = true; return false; }
            finally
            {
                if (added) handle.DangerousRelease();
            }
            id = Decode(buf);
            return true;
        }

        // struct statx (include/uapi/linux/stat.h) has the same layout on every architecture.
        private static unsafe FileIdentity Decode(byte* b)
        {
            long ino = *(long*)(b + 32);
            long size = *(long*)(b + 40);
            long ctime = (*(long*)(b + 96)) * 1_000_000_000L + *(uint*)(b + 104);
            long mtime = (*(long*)(b + 112)) * 1_000_000_000L + *(uint*)(b + 120);
            long dev = ((long)*(uint*)(b + 136) << 32) | *(uint*)(b + 140);
            return new FileIdentity(size, mtime, ctime, dev, ino);
        }

        // FILETIME members are two DWORDs, so the structure is 4-byte packed.
        [StructLayout(LayoutKind.Sequential, Pack = 4)]
        private struct ByHandleFileInformation
        {
            public uint FileAttributes;
            public long CreationTime;
            public long LastAccessTime;
            public long LastWriteTime;
            public uint VolumeSerialNumber;
            public uint FileSizeHigh;
            public uint FileSizeLow;
            public uint NumberOfLinks;
            public uint FileIndexHigh;
            public uint FileIndexLow;
        }

        [StructLayout(LayoutKind.Sequential)]
        private struct FileBasicInfo
        {
            public long CreationTime;
            public long LastAccessTime;
            public long LastWriteTime;
            public long ChangeTime;
            public uint FileAttributes;
        }

        [DllImport("kernel32.dll", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
        private static extern bool GetFileInformationByHandle(SafeFileHandle file, out ByHandleFileInformation info);

        [DllImport("kernel32.dll", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
        private static extern bool GetFileInformationByHandleEx(SafeFileHandle file, int infoClass, out FileBasicInfo info, uint size);

        // FILETIME (100 ns since 1601) → ns since 1970.
        private static long FileTimeToUnixNs(long ft) => ft == 0 ? 0 : (ft - 116_444_736_000_000_000L) * 100;

        public static bool TryWindowsInfo(SafeFileHandle handle, out FileIdentity id)
        {
            id = default;
            if (!GetFileInformationByHandle(handle, out var info)) return false;
            long change = 0;
            if (GetFileInformationByHandleEx(handle, 0 /* FileBasicInfo */, out var basic, (uint)Marshal.SizeOf<FileBasicInfo>()))
                change = FileTimeToUnixNs(basic.ChangeTime);
            id = new FileIdentity(
                ((long)info.FileSizeHigh << 32) | info.FileSizeLow,
                FileTimeToUnixNs(info.LastWriteTime),
                change,
                info.VolumeSerialNumber,
                ((long)info.FileIndexHigh << 32) | info.FileIndexLow);
            return true;
        }
    }
}
