using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace Participation.Core.Text;

/// <summary>Receives one morpheme: its surface and its feature CSV (品詞,細分類1,…,原形,読み,発音), both UTF-8.</summary>
public delegate void MorphemeVisitor(ReadOnlySpan<byte> surface, ReadOnlySpan<byte> feature);

public static partial class MeCab
{
    [LibraryImport(Library)]
    private static unsafe partial Node* mecab_sparse_tonode2(IntPtr m, byte* s, nuint length);

    /// <summary>
    /// Visits the morphemes of <paramref name="text"/> straight from MeCab's lattice, with no output string to build,
    /// copy and split: the cheapest way to read many texts. The spans are valid only during the call.
    /// False when MeCab is not available.
    /// </summary>
    public static unsafe bool Walk(string text, MorphemeVisitor visit)
    {
        var tagger = Taggers.Value;
        if (tagger is null) return false;
        if (string.IsNullOrEmpty(text)) return true;
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length) + 1);
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            // As Clean does for strings: MeCab stops at NUL and treats line breaks as sentence ends.
            foreach (ref var b in buffer.AsSpan(0, length)) if (b is 0 or (byte)'\r' or (byte)'\n') b = (byte)' ';
            buffer[length] = 0;
            fixed (byte* input = buffer)
            {
                for (var node = mecab_sparse_tonode2(tagger.Handle, input, (nuint)length); node != null; node = node->Next)
                {
                    if (node->Stat is BeginOfSentence or EndOfSentence) continue;
                    visit(new ReadOnlySpan<byte>(node->Surface, node->Length), MemoryMarshal.CreateReadOnlySpanFromNullTerminated(node->Feature));
                }
            }
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private const byte BeginOfSentence = 2;
    private const byte EndOfSentence = 3;

    /// <summary>The head of mecab.h's <c>mecab_node_t</c>, up to the fields read here (layout as in C).</summary>
    [StructLayout(LayoutKind.Sequential)]
    private unsafe struct Node
    {
        public Node* Prev;
        public Node* Next;
        public Node* ENext;
        public Node* BNext;
        public IntPtr RPath;
        public IntPtr LPath;
        public byte* Surface;
        public byte* Feature;
        public uint Id;
        public ushort Length;
        public ushort RLength;
        public ushort RcAttr;
        public ushort LcAttr;
        public ushort PosId;
        public byte CharType;
        public byte Stat;
    }
}
