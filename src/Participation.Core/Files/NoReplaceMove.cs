using System.Runtime.InteropServices;

namespace Participation.Core.Files;

/// <summary>
/// Moves a file to a name that must not exist yet, in one system call on Linux (<c>renameat2</c> with
/// <c>RENAME_NOREPLACE</c>): <see cref="File.Move(string, string)"/> looks at both names first (three <c>lstat</c>
/// calls, then <c>rename</c>), which a folder of many files makes dear, and which another writer can race.
/// Elsewhere, or on a file system without that flag, it falls back to <see cref="File.Move(string, string)"/>.
/// </summary>
public static partial class NoReplaceMove
{
    private const int AtFdCwd = -100;
    private const uint RenameNoReplace = 1;
    private const int EExist = 17, ENoSys = 38, EInval = 22;

    private static volatile bool unsupported = !OperatingSystem.IsLinux();

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);

    /// <summary>Moves <paramref name="source"/> to <paramref name="target"/>; false (nothing moved) when the target exists.</summary>
    public static bool TryMove(string source, string target)
    {
        if (!unsupported)
        {
            try
            {
                if (RenameAt2(AtFdCwd, source, AtFdCwd, target, RenameNoReplace) == 0) return true;
                var error = Marshal.GetLastPInvokeError();
                if (error == EExist) return false;
                if (error is not (ENoSys or EInval)) throw new IOException($"Moving {Path.GetFileName(source)} failed: {Marshal.GetPInvokeErrorMessage(error)}", error);
            }
            catch (EntryPointNotFoundException) { }
            catch (DllNotFoundException) { }
            unsupported = true;
        }
        try
        {
            File.Move(source, target);
            return true;
        }
        catch (IOException) when (File.Exists(target))
        {
            return false;
        }
    }
}
