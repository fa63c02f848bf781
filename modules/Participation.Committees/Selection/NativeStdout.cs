using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Participation.Committees.Selection;

/// <summary>
/// Keeps native solver output off the process's standard output. Native libraries (HiGHS prints
/// "Running HiGHS …" even with output suppressed) write to file descriptor 1; <see cref="RedirectToStderr"/> points
/// descriptor 1 at standard error once per process, and gives managed <see cref="Console.Out"/> a private duplicate
/// of the original stdout, so everything the program itself prints still arrives where it did. Unix only; elsewhere
/// nothing changes.
/// </summary>
public static class NativeStdout
{
    private static readonly Lock Gate = new();

    /// <summary>True once native stdout goes to standard error in this process.</summary>
    public static bool Redirected { get; private set; }

    public static bool RedirectToStderr()
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())) return false;
        lock (Gate)
        {
            if (Redirected) return true;
            Console.Out.Flush();
            var saved = Dup(1);
            if (saved < 0) return false;
            var handle = new SafeFileHandle(saved, ownsHandle: true);
            if (Dup2(2, 1) < 0)
            {
                handle.Dispose();
                return false;
            }
            var stream = new FileStream(handle, FileAccess.Write, bufferSize: 1);
            Console.SetOut(new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true });
            Redirected = true;
            return true;
        }
    }

    [DllImport("libc", EntryPoint = "dup", SetLastError = true)]
    private static extern int Dup(int fd);

    [DllImport("libc", EntryPoint = "dup2", SetLastError = true)]
    private static extern int Dup2(int oldFd, int newFd);
}
