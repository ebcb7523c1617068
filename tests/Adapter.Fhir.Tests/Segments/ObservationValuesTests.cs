using Adapter.Fhir.Conversion;
using Adapter.Fhir.Tests.Support;
using Adapter.Hl7v2.Parsing;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Tests.Segments;

/// <summary>OBX-5 by its type in OBX-2, after the IG's OBX[Observation] rows.</summary>
public sealed class ObservationValuesTests
{
    private const string Ucum = "http://unitsofmeasure.org";

    [Fact]
    public void Read_NmWithLeadingZero_IsQuantity()
    {
        // Act
        var result = Conversions.Result("OBX|1|NM|2345-7^Glucose^LN||065.88|mg/dL^mg/dL^UCUM|||||F");

        // Assert
        var quantity = Assert.IsType<Quantity>(result.Bundle.Only<Observation>().Value);
        Assert.Equal(65.88m, quantity.Value);
        Assert.DoesNotContain(result.Outcome.Issue, issue => issue.Severity == OperationOutcome.IssueSeverity.Warning);
    }

    [Fact]
    public void Read_NmWithUcumUnits_IsUcumQuantity()
    {
        // Act
        var result = Conversions.Result("OBX|1|NM|2345-7^Glucose^LN||112|mg/dL^mg/dL^UCUM|||||F");

        // Assert
        var quantity = Assert.IsType<Quantity>(result.Bundle.Only<Observation>().Value);
        Assert.Equal(112m, quantity.Value);
        Assert.Equal(Ucum, quantity.System);
        Assert.Equal("mg/dL", quantity.Code);
        Assert.Equal("mg/dL", quantity.Unit);
    }

    [Theory]
    [InlineData("4,06")]
    [InlineData("see note")]
    public void Read_NmThatIsNotANumber_KeepsTextWithWarningAtField(string sent)
    {
        // Act
        var result = Conversions.Result(
            "OBX|1|NM|2345-7^Glucose^LN||112|mg/dL^mg/dL^UCUM|||||F",
            $"OBX|2|NM|2951-2^Sodium^LN||{sent}|mmol/L^mmol/L^UCUM|||||F");

        // Assert
        Assert.Equal(sent, Assert.IsType<FhirString>(result.Bundle.Observation("2951-2").Value).Value);
        var warning = Assert.Single(result.Outcome.IssuesAt("OBX[2]-5"));
        Assert.Equal(OperationOutcome.IssueSeverity.Warning, warning.Severity);
        Assert.DoesNotContain(sent, warning.Diagnostics, StringComparison.Ordinal);
        Assert.All(result.Outcome.Issue, issue => Assert.DoesNotContain(sent, issue.Diagnostics ?? string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SnLessThan_IsQuantityWithComparator()
    {
        // Act
        var result = Conversions.Result("OBX|1|SN|1988-5^CRP^LN||<^5|mg/L^mg/L^UCUM|||||F");

        // Assert
        var quantity = Assert.IsType<Quantity>(result.Bundle.Only<Observation>().Value);
        Assert.Equal(Quantity.QuantityComparator.LessThan, quantity.Comparator);
        Assert.Equal(5m, quantity.Value);
        Assert.Equal("mg/L", quantity.Code);
    }

    [Theory]
    [InlineData(">=", Quantity.QuantityComparator.GreaterOrEqual)]
    [InlineData(">", Quantity.QuantityComparator.GreaterThan)]
    [InlineData("<=", Quantity.QuantityComparator.LessOrEqual)]
    public void Read_SnComparator_IsQuantityComparator(string comparator, Quantity.QuantityComparator expected)
    {
        // Act
        var result = Conversions.Result($"OBX|1|SN|98979-8^eGFR^LN||{comparator}^60|mL/min/{{1.73_m2}}^mL/min/{{1.73_m2}}^UCUM|||||F");

        // Assert
        var quantity = Assert.IsType<Quantity>(result.Bundle.Only<Observation>().Value);
        Assert.Equal(expected, quantity.Comparator);
        Assert.Equal(60m, quantity.Value);
        Assert.Equal("mL/min/{1.73_m2}", quantity.Code);
    }

    [Fact]
    public void Read_SnEquals_IsQuantityWithoutComparator()
    {
        // Act
        var result = Conversions.Result("OBX|1|SN|1988-5^CRP^LN||=^5|mg/L^mg/L^UCUM|||||F");

        // Assert
        var quantity = Assert.IsType<Quantity>(result.Bundle.Only<Observation>().Value);
        Assert.Null(quantity.Comparator);
        Assert.Equal(5m, quantity.Value);
    }

    [Fact]
    public void Read_SnRange_IsRange()
    {
        // Act
        var result = Conversions.Result("OBX|1|SN|X1^Count^L||^10^-^20|/[HPF]^/[HPF]^UCUM|||||F");

        // Assert
        var range = Assert.IsType<Hl7.Fhir.Model.Range>(result.Bundle.Only<Observation>().Value);
        Assert.Equal(10m, range.Low?.Value);
        Assert.Equal(20m, range.High?.Value);
        Assert.Equal("/[HPF]", range.Low?.Code);
        Assert.Equal("/[HPF]", range.High?.Code);
    }

    [Fact]
    public void Read_SnRatio_IsRatio()
    {
        // Act
        var result = Conversions.Result("OBX|1|SN|5370-2^Titer^LN||^1^:^128||||||F");

        // Assert
        var ratio = Assert.IsType<Ratio>(result.Bundle.Only<Observation>().Value);
        Assert.Equal(1m, ratio.Numerator?.Value);
        Assert.Equal(128m, ratio.Denominator?.Value);
        Assert.Null(ratio.Numerator?.Comparator);
    }

    [Fact]
    public void Read_SnRatioWithSlash_IsRatio()
    {
        // Act
        var result = Conversions.Result("OBX|1|SN|5370-2^Titer^LN||^1^/^64||||||F");

        // Assert
        var ratio = Assert.IsType<Ratio>(result.Bundle.Only<Observation>().Value);
        Assert.Equal(1m, ratio.Numerator?.Value);
        Assert.Equal(64m, ratio.Denominator?.Value);
    }

    [Fact]
    public void Read_SnRatioWithUnits_PutsUnitsOnBothTerms()
    {
        // Act
        var result = Conversions.Result("OBX|1|SN|3097-3^BUN/Creatinine^LN||^16^:^1|{ratio}^{ratio}^UCUM|||||F");

        // Assert
        var ratio = Assert.IsType<Ratio>(result.Bundle.Only<Observation>().Value);
        Assert.Equal("{ratio}", ratio.Numerator?.Code);
        Assert.Equal("{ratio}", ratio.Denominator?.Code);
        Assert.Equal(Ucum, ratio.Denominator?.System);
    }

    [Fact]
    public void Read_SnNotEqual_IsTextWithWarning()
    {
        // Act
        var result = Conversions.Result("OBX|1|SN|X1^Count^L||<>^5||||||F");

        // Assert
        Assert.IsType<FhirString>(result.Bundle.Only<Observation>().Value);
        Assert.Single(result.Outcome.IssuesAt("OBX-5"));
    }

    [Fact]
    public void Read_Tx_IsString()
    {
        // Act
        var result = Conversions.Result("OBX|1|TX|18782-3^Radiology Study observation^LN|1|EXAMINATION: CT CHEST WITHOUT CONTRAST||||||F");

        // Assert
        var text = Assert.IsType<FhirString>(result.Bundle.Only<Observation>().Value);
        Assert.Equal("EXAMINATION: CT CHEST WITHOUT CONTRAST", text.Value);
    }

    [Fact]
    public void Read_RepeatingTx_JoinsLinesInOrder()
    {
        // Act
        var result = Conversions.Result("OBX|1|TX|18782-3^Radiology Study observation^LN|1|FINDINGS:~Lungs are clear.~No effusion.||||||F");

        // Assert
        var observation = result.Bundle.Only<Observation>();
        Assert.Equal("FINDINGS:\nLungs are clear.\nNo effusion.", Assert.IsType<FhirString>(observation.Value).Value);
        Assert.Empty(observation.Component);
    }

    [Fact]
    public void Read_TxWithEscapes_IsDecoded()
    {
        // Act
        var result = Conversions.Result("OBX|1|TX|18782-3^Radiology Study observation^LN|1|Heart \\T\\ lungs: normal||||||F");

        // Assert
        Assert.Equal("Heart & lungs: normal", Assert.IsType<FhirString>(result.Bundle.Only<Observation>().Value).Value);
    }

    [Theory]
    [InlineData("lfh_inline_ORU_TX.hl7", new[] { "obs report", "ECHOCARDIOGRAPHIC REPORT" })]
    [InlineData("lfh_ORU-multiline-short.hl7", new[] { "[PII] Emergency Department", "ED Encounter Arrival Date: [ADDRESS] [PERSONALNAME]:" })]
    public void Read_CorpusTxLines_EveryLineIsKeptAsString(string file, string[] expected)
    {
        // Arrange
        var message = Hl7Message.Parse(File.ReadAllBytes(Path.Combine(TestFiles.Corpus, file)));

        // Act
        var bundle = Conversions.Convert(message).Bundle;

        // Assert
        var report = bundle.Only<DiagnosticReport>();
        var texts = report.Result.Select(reference => bundle.Resolve<Observation>(reference).Value).OfType<FhirString>().Select(text => text.Value);
        Assert.Equal(expected, texts);
    }

    [Fact]
    public void Read_St_IsString()
    {
        // Act
        var result = Conversions.Result("OBX|1|ST|49541-6^Fasting status^LN||Yes, 10 hours||||||F");

        // Assert
        Assert.Equal("Yes, 10 hours", Assert.IsType<FhirString>(result.Bundle.Only<Observation>().Value).Value);
    }

    [Fact]
    public void Read_Cwe_IsCodeableConceptWithPrimaryAndAlternate()
    {
        // Act
        var result = Conversions.Result("OBX|1|CWE|5196-1^HBsAg^LN||LA6577-6^Negative^LN^NEG^Nonreactive^L||||||F");

        // Assert
        var concept = Assert.IsType<CodeableConcept>(result.Bundle.Only<Observation>().Value);
        Assert.Equal(2, concept.Coding.Count);
        Assert.Equal(("http://loinc.org", "LA6577-6", "Negative"), (concept.Coding[0].System, concept.Coding[0].Code, concept.Coding[0].Display));
        Assert.Equal(("urn:adapter:codesystem:L", "NEG"), (concept.Coding[1].System, concept.Coding[1].Code));
    }

    [Theory]
    [InlineData("DT", "2019", "2019")]
    [InlineData("DT", "201903", "2019-03")]
    [InlineData("DT", "20190315", "2019-03-15")]
    [InlineData("DTM", "2019", "2019")]
    [InlineData("DTM", "201903", "2019-03")]
    public void Read_DateValue_KeepsPrecisionSent(string type, string sent, string expected)
    {
        // Act
        var result = Conversions.Result($"OBX|1|{type}|11778-8^Delivery date^LN||{sent}||||||F");

        // Assert
        Assert.Equal(expected, Assert.IsType<FhirDateTime>(result.Bundle.Only<Observation>().Value).Value);
    }

    [Theory]
    [InlineData("201901151230", "2019-01-15T12:30:00+01:00")]
    [InlineData("201907151230", "2019-07-15T12:30:00+02:00")]
    [InlineData("201907151230+0000", "2019-07-15T12:30:00+00:00")]
    public void Read_DtmWithoutOffset_IsReadInConfiguredZone(string sent, string expected)
    {
        // Arrange
        var options = new V2ToFhirOptions { TimeZone = Conversions.Amsterdam };

        // Act
        var result = Conversions.Convert(TestMessages.Result($"OBX|1|DTM|X1^Time^L||{sent}||||||F"), options);

        // Assert
        Assert.Equal(expected, Assert.IsType<FhirDateTime>(result.Bundle.Only<Observation>().Value).Value);
    }

    [Theory]
    [InlineData("1430", "14:30:00")]
    [InlineData("143015", "14:30:15")]
    public void Read_Tm_IsTime(string sent, string expected)
    {
        // Act
        var result = Conversions.Result($"OBX|1|TM|X1^Time^L||{sent}||||||F");

        // Assert
        Assert.Equal(expected, Assert.IsType<Time>(result.Bundle.Only<Observation>().Value).Value);
    }

    [Fact]
    public void Read_TmHourOnly_IsTime()
    {
        // Act
        var result = Conversions.Result("OBX|1|TM|X1^Time^L||14||||||F");

        // Assert
        Assert.Equal("14:00:00", Assert.IsType<Time>(result.Bundle.Only<Observation>().Value).Value);
        Assert.Empty(result.Outcome.IssuesAt("OBX-5"));
    }

    [Fact]
    public void Read_Nr_IsRange()
    {
        // Act
        var result = Conversions.Result("OBX|1|NR|X1^Range^L||3.5^5.0||||||F");

        // Assert
        var range = Assert.IsType<Hl7.Fhir.Model.Range>(result.Bundle.Only<Observation>().Value);
        Assert.Equal(3.5m, range.Low?.Value);
        Assert.Equal(5.0m, range.High?.Value);
    }

    [Fact]
    public void Read_Dr_IsPeriod()
    {
        // Act
        var result = Conversions.Result("OBX|1|DR|X1^Period^L||20240101^20240131||||||F");

        // Assert
        var period = Assert.IsType<Period>(result.Bundle.Only<Observation>().Value);
        Assert.Equal("2024-01-01", period.Start);
        Assert.Equal("2024-01-31", period.End);
    }

    [Fact]
    public void Read_RepeatingNm_BecomesComponents()
    {
        // Act
        var result = Conversions.Result("OBX|1|NM|8480-6^Systolic BP^LN||120~118|mm[Hg]^mm[Hg]^UCUM|||||F");

        // Assert
        var observation = result.Bundle.Only<Observation>();
        Assert.Null(observation.Value);
        Assert.Equal([120m, 118m], observation.Component.Select(component => Assert.IsType<Quantity>(component.Value).Value!.Value));
    }

    [Fact]
    public void Read_UnknownType_KeepsTextWithWarning()
    {
        // Act
        var result = Conversions.Result("OBX|1|FN|X1^Name^L||Smith||||||F");

        // Assert
        Assert.Equal("Smith", Assert.IsType<FhirString>(result.Bundle.Only<Observation>().Value).Value);
        var warning = Assert.Single(result.Outcome.IssuesAt("OBX-5"));
        Assert.DoesNotContain("Smith", warning.Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ShiftedFieldsInObx2_WarningDoesNotEchoObx2()
    {
        // Act: a sender dropped OBX-2, so the name that belongs elsewhere sits in it.
        var result = Conversions.Result("OBX|1|DOE^JOHN|X1^Name^L||Smith||||||F");

        // Assert
        var warning = Assert.Single(result.Outcome.IssuesAt("OBX-5"));
        Assert.DoesNotContain("DOE", warning.Diagnostics, StringComparison.Ordinal);
        Assert.DoesNotContain("Smith", warning.Diagnostics, StringComparison.Ordinal);
    }
}
