using System.Text;

namespace Ledger.Domain.Statements.Ofx;

/// <summary>
/// Reads bank (STMTRS) and card (CCSTMTRS) statements from OFX 1.x/2.x/QFX, any number per file.
/// Driven by tag names rather than nesting: STMTTRN starts a transaction, its end tag or the next
/// STMTTRN/aggregate ends it, so unclosed SGML leaves and mis-nested closing tags read the same.
/// </summary>
internal sealed class OfxStatementReader(string fileName, Stream content, Encoding encoding, StatementFormat format)
    : IStatementReader
{
    private readonly List<StatementError> errors = [];
    private readonly long start = content.Position;
    private bool started;

    public StatementFormat Format => format;
    public IReadOnlyList<StatementError> Errors => errors;
    public StatementSummary Summary { get; } = new() { Format = format };

    public IStatementReader Reopen()
    {
        content.Position = start;
        return new OfxStatementReader(fileName, content, encoding, format);
    }

    public IEnumerable<StatementLine> ReadLines()
    {
        if (started) throw new InvalidOperationException("ReadLines can be enumerated only once.");
        started = true;
        return Read();
    }

    private IEnumerable<StatementLine> Read()
    {
        using var reader = new StreamReader(content, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var tokens = new OfxTokenizer(reader);
        var kinds = new HashSet<StatementAccountKind>();
        OfxTransaction? txn = null;
        string? pendingLeaf = null;
        string? accountId = null;
        var ordinal = 0;
        var statementCurrencies = 0;   // where this statement's CURDEFs start in Summary.StatementCurrencies
        var balance = new OfxBalanceCollector();
        var closed = false;

        while (tokens.Next())
        {
            if (tokens.Kind == OfxToken.Text)
            {
                if (pendingLeaf is not null && txn is null && tokens.Value.Contains('\0'))
                    errors.Add(new(fileName, tokens.Line, pendingLeaf, $"Line {tokens.Line}, {pendingLeaf}: holds a NUL character (the file is damaged)."));
                else if (pendingLeaf is not null && tokens.Value.Length > 0)
                {
                    if (txn is not null) txn.Set(pendingLeaf, tokens.Value, tokens.Line);
                    else if (pendingLeaf == "ACCTID" && accountId is null)
                    {
                        accountId = tokens.Value;
                        Summary.AddAccountId(accountId);
                        Summary.NameAccount(statementCurrencies, accountId);
                    }
                    else if (pendingLeaf == "CURDEF")
                    {
                        Summary.Currency ??= tokens.Value;
                        Summary.AddStatementCurrency(new StatedCurrency(tokens.Line, "CURDEF", tokens.Value));
                    }
                    else balance.Set(pendingLeaf, tokens.Value);
                }
                pendingLeaf = null;
                continue;
            }

            var name = tokens.Name;
            var start = tokens.Kind == OfxToken.Start;
            closed |= !start && name == "OFX";
            pendingLeaf = start ? name : null;

            // Any of these ends an open transaction, whether or not the bank closed it.
            var closesTxn = name is "STMTTRN" or "BANKTRANLIST" or "STMTRS" or "CCSTMTRS" or "LEDGERBAL" or "AVAILBAL" or "OFX";
            if (closesTxn && txn is not null)
            {
                var line = txn.ToLine(fileName, accountId, errors);
                txn = null;
                if (line is not null)
                {
                    Summary.Count(line);
                    yield return line;
                }
            }

            if (start)
            {
                switch (name)
                {
                    case "STMTTRN":
                        txn = new OfxTransaction { Ordinal = ++ordinal };
                        break;
                    case "CURRENCY" or "ORIGCURRENCY" when txn is not null:
                        txn.CurrencyAggregate = name;
                        break;
                    case "STMTRS" or "CCSTMTRS":
                        balance.Finish(Summary);
                        accountId = null;
                        statementCurrencies = Summary.StatementCurrencies.Count;
                        kinds.Add(name == "STMTRS" ? StatementAccountKind.Bank : StatementAccountKind.CreditCard);
                        Summary.AccountKind = kinds.Count == 1 ? kinds.First() : null;
                        break;
                    case "INVSTMTRS" or "INVSTMTMSGSRSV1":
                        throw OfxSniffer.InvestmentRefusal(fileName, name, tokens.Line);
                }
                balance.Enter(name);
            }
            else if (name is "LEDGERBAL" or "AVAILBAL" or "STMTRS" or "CCSTMTRS")
            {
                balance.Finish(Summary);
            }
        }
        balance.Finish(Summary);
        // Every bank's file closes its root; one that does not was cut short, and the lines read so far are not the statement.
        if (!closed)
            errors.Add(new(fileName, tokens.Line, "OFX", $"Line {tokens.Line}: the file ends before </OFX>, so it was cut short (an interrupted download or upload?)."));
    }
}
