using Ledger.Domain.Statements;

namespace Ledger.Domain.Tests.Statements;

/// <summary>
/// Issue #16: inputs the fuzzer (jobs <c>fuzz-imports</c>) found hanging, crashing or refused without saying where, kept
/// byte for byte under fuzz-regressions/. Each must now end in lines or in errors naming file, line and field, at once.
/// </summary>
public class FuzzRegressionTests
{
    static byte[] Regression(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Statements", "fuzz-regressions", name));

    /// <summary>Reads on another thread, so a reader that never returns fails the test instead of hanging the run.</summary>
    static (List<StatementLine> Lines, IReadOnlyList<StatementError> Errors) ReadWithin(string fileName, byte[] bytes, int seconds = 10)
    {
        var read = Task.Factory.StartNew(() =>
        {
            try
            {
                var r = ReadResult.Bytes(fileName, bytes);
                return (r.Lines, r.Errors);
            }
            catch (StatementFormatException e)
            {
                return ([], e.Errors);
            }
        }, TaskCreationOptions.LongRunning);
        Assert.True(read.Wait(TimeSpan.FromSeconds(seconds)), $"{fileName}: no answer within {seconds} s");
        return read.Result;
    }

    static void AssertNamed(string fileName, IReadOnlyList<StatementError> errors) =>
        Assert.All(errors, e => Assert.True(e.File == fileName && e.Line > 0 && e.Field.Length > 0, $"{e.File} line {e.Line} field '{e.Field}': {e.Message}"));

    [Theory]
    [InlineData("hang-lt-at-end.rubyofx_creditcard.ofx", 3)]              // three whole transactions before the cut
    [InlineData("hang-lt-at-end.ofxparse_ofx-v102-empty-tags.ofx", 0)]    // cut inside its only transaction
    [InlineData("hang-lt-at-end.rubyofx_cef_malformed_decimal.ofx", 0)]   // cut in the header
    [InlineData("hang-lt-at-end.actual_html-vals.qfx", 0)]
    public void A_truncated_ofx_ending_in_a_lt_is_read_to_its_end_and_refused_as_cut_short(string name, int lines)
    {
        // Was: the tokenizer returned an empty text token for the final '<' and never moved past it. And a file cut short
        // after whole transactions imported those silently; now the missing </OFX> refuses it.
        var (read, errors) = ReadWithin(name, Regression(name));
        AssertNamed(name, errors);
        Assert.Equal(lines, read.Count);
        Assert.Contains(errors, e => e.Field == "OFX" && e.Message.Contains("cut short"));
    }

    [Fact]
    public void A_csv_whose_last_quote_never_closes_is_refused_as_cut_short()
    {
        var (_, errors) = ReadWithin("cut.csv", System.Text.Encoding.UTF8.GetBytes("Date,Description,Amount\n2024-01-02,SHOP,-1.00\n2024-01-03,\"CAFE, -2.00\n"));
        Assert.Contains(errors, e => (e.Line, e.Field) == (3, "Description") && e.Message.Contains("never closed"));
    }

    [Fact]
    public void A_nul_in_a_csv_description_is_refused_naming_line_and_column()
    {
        const string name = "nul-in-description.redsimporters_dcu-checking.csv";
        var (lines, errors) = ReadWithin(name, Regression(name));
        var error = Assert.Single(errors);
        Assert.Equal((3, "DESCRIPTION"), (error.Line, error.Field));
        Assert.Contains("NUL", error.Message);
        Assert.Equal(9, lines.Count);   // the other rows read; the import refuses the file because of this one
    }

    [Fact]
    public void A_nul_in_an_ofx_name_is_refused_naming_the_transaction_and_tag()
    {
        const string name = "nul-in-name.gnucash_cibc_visa.qfx";
        var (_, errors) = ReadWithin(name, Regression(name));
        var error = Assert.Single(errors);
        Assert.Equal((1, "NAME"), (error.Line, error.Field));
    }

    [Theory]
    [InlineData("ofx/ofxparse_investment_401k.ofx", "INVSTMTMSGSRSV1")]
    [InlineData("ofx/ofxgo_401k_v203.ofx", "INVSTMTMSGSRSV1")]
    public void An_investment_statement_is_refused_at_the_line_of_its_investment_aggregate(string fixture, string tag)
    {
        var e = ReadResult.Refusal(fixture);
        var error = Assert.Single(e.Errors);
        Assert.Equal(tag, error.Field);
        Assert.True(error.Line >= 1);
        Assert.Contains("investment statement", error.Message);
    }

    [Theory]
    [InlineData("empty.csv", "  \n\n", 1, "file")]
    [InlineData("notes.csv", "hello there\nnothing to see\n", 1, "header")]
    [InlineData("ambiguous.csv", "Date,Description,Amount\n03/04/2024,SHOP,-1.00\n05/06/2024,SHOP,-2.00\n", 2, "Date")]
    public void Whole_file_refusals_name_a_line_and_a_field(string name, string content, int line, string field)
    {
        var (_, errors) = ReadWithin(name, System.Text.Encoding.UTF8.GetBytes(content));
        var error = Assert.Single(errors);
        Assert.Equal((name, line, field), (error.File, error.Line, error.Field));
    }
}
