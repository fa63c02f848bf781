namespace Participation.Clustering.Services;

/// <summary>Compressed sparse rows (CSR) of float values: row i holds columns Indices[RowStart[i]..RowStart[i+1]].</summary>
public sealed class SparseMatrix(int rows, int columns, int[] rowStart, int[] indices, float[] values)
{
    public int Rows { get; } = rows;
    public int Columns { get; } = columns;
    public int[] RowStart { get; } = rowStart;
    public int[] Indices { get; } = indices;
    public float[] Values { get; } = values;

    public long NonZeros => RowStart[Rows];

    /// <summary>The chosen rows as a new matrix (same columns).</summary>
    public SparseMatrix SelectRows(IReadOnlyList<int> rows)
    {
        var start = new int[rows.Count + 1];
        for (var i = 0; i < rows.Count; i++) start[i + 1] = start[i] + (RowStart[rows[i] + 1] - RowStart[rows[i]]);
        var idx = new int[start[^1]];
        var val = new float[start[^1]];
        for (var i = 0; i < rows.Count; i++)
        {
            var from = RowStart[rows[i]];
            var len = start[i + 1] - start[i];
            Array.Copy(Indices, from, idx, start[i], len);
            Array.Copy(Values, from, val, start[i], len);
        }
        return new SparseMatrix(rows.Count, Columns, start, idx, val);
    }

    /// <summary>The transpose, also in CSR (so columns can be read as rows without write conflicts).</summary>
    public SparseMatrix Transpose()
    {
        var count = new int[Columns + 1];
        for (var k = 0; k < RowStart[Rows]; k++) count[Indices[k] + 1]++;
        for (var j = 0; j < Columns; j++) count[j + 1] += count[j];
        var next = (int[])count.Clone();
        var idx = new int[RowStart[Rows]];
        var val = new float[RowStart[Rows]];
        for (var i = 0; i < Rows; i++)
            for (var k = RowStart[i]; k < RowStart[i + 1]; k++)
            {
                var p = next[Indices[k]]++;
                idx[p] = i;
                val[p] = Values[k];
            }
        return new SparseMatrix(Columns, Rows, count, idx, val);
    }

    /// <summary>this (rows × columns) times dense <paramref name="b"/> (columns × width, row-major) into a rows × width array.</summary>
    public float[] MultiplyDense(float[] b, int width)
    {
        var result = new float[(long)Rows * width];
        Parallel.For(0, Rows, Parallelism.Options, i =>
        {
            var row = result.AsSpan(i * width, width);
            for (var k = RowStart[i]; k < RowStart[i + 1]; k++)
                Dense.Axpy(Values[k], b.AsSpan(Indices[k] * width, width), row);
        });
        return result;
    }
}
