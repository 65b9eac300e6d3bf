using System.Threading.Channels;
using Ledger.Domain.Statements;

namespace Ledger.Api.Import;

/// <summary>
/// The second pass's reading and id hashing, one chunk ahead on another thread: while the database looks up and writes chunk
/// n, this reads and hashes chunk n + 1, so on two cores the application and PostgreSQL work at the same time instead of
/// taking turns. Holds at most three chunks: the one being written, one waiting, one being read. Disposing stops the reader
/// and waits for it, so nothing touches the spooled file after the import has left.
/// </summary>
public sealed class CandidateChunks : IAsyncDisposable
{
    readonly Channel<List<ImportPlanner.Candidate>> channel =
        Channel.CreateBounded<List<ImportPlanner.Candidate>>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
    readonly CancellationTokenSource stop;
    readonly Task reading;

    /// <param name="nextOrdinal">Called on the reading thread only, in file order.</param>
    public CandidateChunks(IEnumerable<StatementLine> lines, string bankAccountCode, Func<string, int> nextOrdinal, int chunkRows, CancellationToken ct)
    {
        stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        reading = Task.Run(async () =>
        {
            try
            {
                foreach (var chunk in lines.Chunk(chunkRows))
                    await channel.Writer.WriteAsync(ImportPlanner.Candidates(bankAccountCode, chunk, nextOrdinal).ToList(), stop.Token);
                channel.Writer.TryComplete();
            }
            catch (Exception e)
            {
                // Reaches the writer through ReadAllAsync, unless the writer has already stopped (then it is the cancellation).
                channel.Writer.TryComplete(e);
            }
        });
    }

    public IAsyncEnumerable<List<ImportPlanner.Candidate>> ReadAllAsync(CancellationToken ct) => channel.Reader.ReadAllAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await reading;
        stop.Dispose();
    }
}
