using Adapter.Mapping.Documents;
using Adapter.Mapping.Expressions;
using Adapter.Mapping.Lookups;
using Adapter.Mapping.Tests.Support;

namespace Adapter.Mapping.Tests.Expressions;

/// <summary>
/// Expression errors, written in generateInterpretation's optional <c>when</c> (line 22, column 11)
/// so that no other rule reacts to the expression being refused.
/// </summary>
public sealed class ExpressionCompilerTests
{
    private const string Variables = "%bundle, %header, %patient, %encounter, %report, %reports, %order, %orders, %observations, %specimens, %practitioners, %organizations";

    private static readonly SourcePosition At = new("m.yaml", 3, 9);

    private static string WithWhen(string expression) =>
        DocusLabsMapping.With("    trigger: all-orders-final", $"    when: \"{expression}\"\n    trigger: all-orders-final");

    [Fact]
    public void Compile_ValidCondition_IsKeptOnTheOperation()
    {
        // Act
        var (mapping, errors) = DocusLabsMapping.Load(WithWhen("%report.status = 'final'"));

        // Assert
        Assert.Empty(errors);
        var when = mapping!.Operations[1].When;
        Assert.NotNull(when);
        Assert.Equal("%report.status = 'final'", when.Text);
        Assert.Equal(new SourcePosition("m.yaml", 22, 11), when.Position);
    }

    [Fact]
    public void Compile_ExtraClosingParenthesis_SaysWhereFhirPathStopped()
    {
        // Act
        var (mapping, errors) = DocusLabsMapping.Load(WithWhen("%patient.name.where(given = 'a').exists())"));

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:22:11: The expression does not read as FHIRPath: the ')' at column 42 closes nothing that is open.", Assert.Single(errors));
    }

    [Fact]
    public void Compile_UnclosedParenthesis_SaysTheParenthesisIsNotClosed()
    {
        // Act
        var (_, errors) = DocusLabsMapping.Load(WithWhen("%patient.identifier.where(value = 'x'"));

        // Assert
        var error = Assert.Single(errors);
        Assert.StartsWith("m.yaml:22:11: The expression does not read as FHIRPath: ", error);
        Assert.DoesNotContain("unexpected '('", error);
        Assert.Contains("')'", error);
    }

    [Fact]
    public void Compile_ResourceTypeAtTheStart_PointsToItsVariable()
    {
        // Act
        var (mapping, errors) = DocusLabsMapping.Load(WithWhen("Patient.name.exists()"));

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:22:11: 'Patient' at the start means an element of the Bundle, which has none of that name; start from %patient (see docs/mapping-guide.md).", Assert.Single(errors));
    }

    [Fact]
    public void Compile_BundleAtTheStart_IsAllowed()
    {
        // Act
        var (_, errors) = DocusLabsMapping.Load(WithWhen("Bundle.entry.count() > 1"));

        // Assert
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("%patient.name.given.first() + Patient.name.family.first()", "Patient", "%patient")]
    [InlineData("iif(DiagnosticReport.status = 'final', 'a', 'b')", "DiagnosticReport", "%report (or %reports)")]
    [InlineData("(ServiceRequest.identifier).first()", "ServiceRequest", "%order (or %orders)")]
    [InlineData("Medication.code.text", "Medication", "%bundle.entry.resource.ofType(Medication)")]
    public void Compile_ResourceTypeAtTheStartOfAnOperand_PointsToWhereToStart(string expression, string type, string start)
    {
        // Act
        var (_, errors) = DocusLabsMapping.Load(WithWhen(expression));

        // Assert
        Assert.Equal($"m.yaml:22:11: '{type}' at the start means an element of the Bundle, which has none of that name; start from {start} (see docs/mapping-guide.md).", Assert.Single(errors));
    }

    [Fact]
    public void Compile_ResourceTypeInsideWhere_IsNotAStart()
    {
        // Act
        var (mapping, errors) = DocusLabsMapping.Load(WithWhen("%bundle.entry.resource.ofType(Patient).where(Patient.active = true).exists()"));

        // Assert
        Assert.Empty(errors);
        Assert.NotNull(mapping);
    }

    [Fact]
    public void Compile_UpperCaseWordThatIsNoResourceType_AsksForQuotes()
    {
        // Act
        var (_, errors) = DocusLabsMapping.Load(WithWhen("AC"));

        // Assert
        Assert.Equal("m.yaml:22:11: 'AC' is neither a variable nor text: write %AC for a variable; for text, put it in single quotes inside the double quotes, e.g. \"'AC'\".", Assert.Single(errors));
    }

    [Theory]
    [InlineData("entry.resource.ofType(Patient).exists()")]
    [InlineData("timestamp.exists() or true")]
    [InlineData("%patient.exists() // the patient's (first) record")]
    [InlineData("/* it's there */ %patient.exists()")]
    [InlineData("defineVariable('mrn', %patient.identifier.value.first()).select(%mrn).exists()")]
    public void Compile_ValidFhirPathTheChecksMustNotRefuse_Compiles(string expression)
    {
        // Act
        var (mapping, errors) = DocusLabsMapping.Load(WithWhen(expression.Replace("\"", "\\\"", StringComparison.Ordinal)));

        // Assert
        Assert.Empty(errors);
        Assert.NotNull(mapping);
    }

    [Fact]
    public void Compile_TextInDoubleQuotes_SaysFhirPathUsesSingleQuotes()
    {
        // Act
        var (_, errors) = DocusLabsMapping.Load(WithWhen("%patient.name.family = \\\"x\\\""));

        // Assert
        Assert.Equal("m.yaml:22:11: The expression does not read as FHIRPath: FHIRPath text goes in single quotes: the \" at column 24 would be read as a name.", Assert.Single(errors));
    }

    [Fact]
    public void Compile_UnquotedMimeType_AsksForQuotesAroundTheWholeText()
    {
        // Act
        var (_, errors) = DocusLabsMapping.Load(WithWhen("text/plain"));

        // Assert
        Assert.Equal("m.yaml:22:11: 'text' is neither a variable nor text: write %text for a variable; for text, put it in single quotes inside the double quotes, e.g. \"'text/plain'\".", errors[0]);
    }

    [Fact]
    public void Compile_BareWord_AsksForAVariableOrQuotes()
    {
        // Act
        var (mapping, errors) = DocusLabsMapping.Load(WithWhen("lab_results"));

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:22:11: 'lab_results' is neither a variable nor text: write %lab_results for a variable; for text, put it in single quotes inside the double quotes, e.g. \"'lab_results'\".", Assert.Single(errors));
    }

    [Fact]
    public void Compile_UnknownVariable_ListsTheVariables()
    {
        // Act
        var (mapping, errors) = DocusLabsMapping.Load(WithWhen("%pateint.exists()"));

        // Assert
        Assert.Null(mapping);
        Assert.Equal($"m.yaml:22:11: %pateint is not a variable here; the variables are {Variables}.", Assert.Single(errors));
    }

    [Fact]
    public void Compile_UnknownFunction_NamesIt()
    {
        // Act
        var (mapping, errors) = DocusLabsMapping.Load(WithWhen("%patient.frobnicate()"));

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:22:11: There is no function 'frobnicate' taking these arguments; besides FHIRPath's own, the functions are v2(path), lookup(table, value), formatDate(value, format), base64(value), value.display(), values.displayAll(separator).", Assert.Single(errors));
    }

    [Fact]
    public void Compile_FunctionWithTooFewArguments_SaysHowToCallIt()
    {
        // Act
        var (_, errors) = DocusLabsMapping.Load(WithWhen("formatDate(%report.effective).exists()"));

        // Assert
        var error = Assert.Single(errors);
        Assert.StartsWith("m.yaml:22:11: ", error);
        Assert.DoesNotContain("Unknown symbol", error);
        Assert.Contains("formatDate(value, format)", error);
    }

    [Fact]
    public void Compile_MalformedV2Path_ShowsHowToWriteOne()
    {
        // Act
        var (mapping, errors) = DocusLabsMapping.Load(WithWhen("v2('PID3') = 'x'"));

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:22:11: v2('PID3') is not an HL7 v2 field path; write it as SEG-field[.component[.subcomponent]], e.g. PID-3.1 or OBX[2]-5 or PID-13[2].4.", Assert.Single(errors));
    }

    [Fact]
    public void Compile_UnknownLookupTableWithoutTables_SaysThereAreNone()
    {
        // Act
        var (mapping, errors) = DocusLabsMapping.Load(WithWhen("lookup('codes', 'A1') = 'x'"));

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:22:11: There is no lookup table 'codes' (a file lookups/codes.csv); there are no lookup tables.", Assert.Single(errors));
    }

    [Fact]
    public void Compile_UnknownLookupTable_ListsTheTables()
    {
        // Arrange
        using var directory = new TempDirectory();
        directory.Write("lookups/units.csv", "local,ucum\nMG,mg\n");
        directory.Write("lookups/loinc.csv", "local,loinc\nA1,718-7\n");
        var lookups = LookupTables.Read(directory.Path, []);

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(WithWhen("lookup('codes', 'A1') = 'x'"), lookups);

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:22:11: There is no lookup table 'codes' (a file lookups/codes.csv); the tables are loinc, units.", Assert.Single(errors));
    }

    [Fact]
    public void Compile_RefusedExpressionOfARequiredField_IsTheOnlyError()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("patient_id: \"%patient.identifier.value.first()\"", "patient_id: \"%pateint.identifier.value.first()\"");

        // Act
        var (_, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Equal($"m.yaml:17:19: %pateint is not a variable here; the variables are {Variables}.", Assert.Single(errors));
    }

    [Fact]
    public void Compile_EmptyFieldExpression_SaysItIsEmptyOnce()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("patient_id: \"%patient.identifier.value.first()\"", "patient_id: \"\"");

        // Act
        var (_, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        var error = Assert.Single(errors);
        Assert.StartsWith("m.yaml:17:", error);
        Assert.Contains("'patient_id' is empty", error);
    }

    [Fact]
    public void Compile_DirectlyWithMappingFunctions_ReturnsTheExpressionAtItsPosition()
    {
        // Arrange
        var errors = new List<MappingError>();
        var compiler = new ExpressionCompiler(LookupTables.Empty);

        // Act
        var expression = compiler.Compile("coalesce(v2('PID-13[2].4'), %patient.telecom.value, 'none').first()", At, errors);

        // Assert
        Assert.Empty(errors);
        Assert.NotNull(expression);
        Assert.Equal(At, expression.Position);
    }
}
