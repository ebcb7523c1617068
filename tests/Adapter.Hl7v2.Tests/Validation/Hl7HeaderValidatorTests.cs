using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Tests.Support;
using Adapter.Hl7v2.Validation;

namespace Adapter.Hl7v2.Tests.Validation;

public sealed class Hl7HeaderValidatorTests
{
    private static Hl7Issue Single(string msh, Hl7HeaderRules? rules = null)
    {
        var issues = Hl7HeaderValidator.Validate(Messages.Parse(msh), rules);
        return Assert.Single(issues);
    }

    [Fact]
    public void Validate_GoodHeader_HasNoIssues()
    {
        Assert.Empty(Hl7HeaderValidator.Validate(Messages.Parse(Messages.Msh, "PID|1")));
    }

    [Theory]
    [InlineData("MSH|^~\\&|A|B|C|D|||ORU^R01|1|P|2.5.1", "MSH-7", Hl7ErrorCode.RequiredFieldMissing)]
    [InlineData("MSH|^~\\&|A|B|C|D|2026133||ORU^R01|1|P|2.5.1", "MSH-7.1", Hl7ErrorCode.DataTypeError)]
    [InlineData("MSH|^~\\&|A|B|C|D|20261120||^R01|1|P|2.5.1", "MSH-9.1", Hl7ErrorCode.RequiredFieldMissing)]
    [InlineData("MSH|^~\\&|A|B|C|D|20261120||ORU|1|P|2.5.1", "MSH-9.2", Hl7ErrorCode.RequiredFieldMissing)]
    [InlineData("MSH|^~\\&|A|B|C|D|20261120||ORU^R01||P|2.5.1", "MSH-10", Hl7ErrorCode.RequiredFieldMissing)]
    [InlineData("MSH|^~\\&|A|B|C|D|20261120||ORU^R01|1|X|2.5.1", "MSH-11.1", Hl7ErrorCode.UnsupportedProcessingId)]
    [InlineData("MSH|^~\\&|A|B|C|D|20261120||ORU^R01|1|P|", "MSH-12", Hl7ErrorCode.RequiredFieldMissing)]
    [InlineData("MSH|^~\\&|A|B|C|D|20261120||ORU^R01|1|P|3.0", "MSH-12.1", Hl7ErrorCode.UnsupportedVersionId)]
    [InlineData("MSH|^~\\&|A|B|C|D|20261120||ORU^R01|1|P|2.5.1|||XX", "MSH-15", Hl7ErrorCode.TableValueNotFound)]
    [InlineData("MSH|^~\\&|A|B|C|D|20261120||ORU^R01|1|P|2.5.1||||||KOI8", "MSH-18", Hl7ErrorCode.TableValueNotFound)]
    public void Validate_HeaderProblem_IsReportedWithLocationAndCode(string msh, string location, Hl7ErrorCode code)
    {
        var issue = Single(msh);

        Assert.Equal(location, issue.Location.ToString());
        Assert.Equal(code, issue.Code);
        Assert.Equal(Hl7Severity.Error, issue.Severity);
        Assert.StartsWith(location.Split('.')[0], issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralProblems_AreAllReported()
    {
        var issues = Hl7HeaderValidator.Validate(Messages.Parse("MSH|^~\\&|A|B|C|D|||ORU^R01||Q|9.9"));

        Assert.Equal(
            [Hl7ErrorCode.RequiredFieldMissing, Hl7ErrorCode.RequiredFieldMissing, Hl7ErrorCode.UnsupportedProcessingId, Hl7ErrorCode.UnsupportedVersionId],
            issues.Select(issue => issue.Code));
    }

    [Fact]
    public void Validate_MessageTypeNotAccepted_Is200AndUnknownTriggerIs201()
    {
        var rules = new Hl7HeaderRules { MessageTypes = new HashSet<string> { "ORU^R01", "ORM^O01" } };

        var type = Single("MSH|^~\\&|A|B|C|D|20261120||ADT^A01|1|P|2.5.1", rules);
        var trigger = Single("MSH|^~\\&|A|B|C|D|20261120||ORU^R30|1|P|2.5.1", rules);

        Assert.Equal(Hl7ErrorCode.UnsupportedMessageType, type.Code);
        Assert.Equal("MSH-9.1", type.Location.ToString());
        Assert.Equal(Hl7ErrorCode.UnsupportedEventCode, trigger.Code);
        Assert.Equal("MSH-9.2", trigger.Location.ToString());
    }

    [Fact]
    public void Validate_InvalidUtf8_NamesTheFieldHoldingIt()
    {
        var head = System.Text.Encoding.ASCII.GetBytes(Messages.Er7(Messages.Msh + "||||||UNICODE UTF-8", "PID|1||123||DOE^"));
        byte[] bytes = [.. head[..^1], 0xC3, 0x28, (byte)'\r'];

        var issue = Assert.Single(Hl7HeaderValidator.Validate(Hl7Message.Parse(bytes)));

        Assert.Equal(Hl7ErrorCode.DataTypeError, issue.Code);
        Assert.Equal("PID-5", issue.Location.ToString());
        Assert.Contains("not valid UTF-8", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HighBytesInDeclaredAscii_AreReported()
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes(Messages.Er7(Messages.Msh + "||||||ASCII", "NTE|1||caf\u00e9"));

        var issue = Assert.Single(Hl7HeaderValidator.Validate(Hl7Message.Parse(bytes)));

        Assert.Equal("NTE-3", issue.Location.ToString());
    }

    [Fact]
    public void Validate_DeclaredLatin1_AcceptsEveryByte()
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes(Messages.Er7(Messages.Msh + "||||||8859/1", "NTE|1||caf\u00e9"));

        Assert.Empty(Hl7HeaderValidator.Validate(Hl7Message.Parse(bytes)));
    }
}
