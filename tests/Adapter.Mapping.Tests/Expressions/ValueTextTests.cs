using Adapter.Mapping.Expressions;
using Hl7.Fhir.Model;

namespace Adapter.Mapping.Tests.Expressions;

public sealed class ValueTextTests
{
    [Fact]
    public void Of_QuantityWithComparator_KeepsTheComparator()
    {
        // Act
        var text = ValueText.Of(new Quantity(60m, "mL/min/{1.73_m2}") { Comparator = Quantity.QuantityComparator.GreaterThan });

        // Assert
        Assert.Equal(">60 mL/min/{1.73_m2}", text);
    }

    [Fact]
    public void Of_RatioWithAnnotationUnits_LeavesTheAnnotationsOut()
    {
        // Act
        var text = ValueText.Of(new Ratio(new Quantity(16m, "{ratio}"), new Quantity(1m, "{ratio}")));

        // Assert
        Assert.Equal("16:1", text);
    }

    [Fact]
    public void Of_CodeableConcept_PrefersTextThenDisplayThenCode()
    {
        // Arrange
        var withText = new CodeableConcept("http://snomed.info/sct", "11214006", "Reactive", "Reactive (lab)");
        var withDisplay = new CodeableConcept("http://snomed.info/sct", "11214006", "Reactive");
        var codeOnly = new CodeableConcept("urn:local", "POS");

        // Act
        List<string?> texts = [ValueText.Of(withText), ValueText.Of(withDisplay), ValueText.Of(codeOnly)];

        // Assert
        Assert.Equal<string?>(["Reactive (lab)", "Reactive", "POS"], texts);
    }

    [Fact]
    public void Of_RangeWithOneUnit_WritesTheUnitOnce()
    {
        // Act
        var text = ValueText.Of(new Hl7.Fhir.Model.Range { Low = new Quantity(3.5m, "mmol/L"), High = new Quantity(5.1m, "mmol/L") });

        // Assert
        Assert.Equal("3.5–5.1 mmol/L", text);
    }

    [Fact]
    public void Of_UnitWithAnAnnotationInside_KeepsTheUnit()
    {
        // Act
        var text = ValueText.Of(new Quantity(60m, "mL/min/{1.73_m2}"));

        // Assert
        Assert.Equal("60 mL/min/{1.73_m2}", text);
    }

    [Fact]
    public void Of_RangeWithoutHigh_IsItsLow()
    {
        // Act
        var text = ValueText.Of(new Hl7.Fhir.Model.Range { Low = new Quantity(3.5m, "mmol/L") });

        // Assert
        Assert.Equal("3.5 mmol/L", text);
    }

    [Fact]
    public void Of_ObservationFlaggedHigh_IsOneLineWithTheFlag()
    {
        // Arrange
        var observation = new Observation
        {
            Code = new CodeableConcept("http://loinc.org", "2823-3", "Potassium"),
            Value = new Quantity(5.9m, "mmol/L"),
            Interpretation = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "H")],
        };

        // Act
        var text = ValueText.Of(observation);

        // Assert
        Assert.Equal("Potassium: 5.9 mmol/L [H]", text);
    }

    [Fact]
    public void Of_ObservationNormal_LeavesTheFlagOut()
    {
        // Arrange
        var observation = new Observation
        {
            Code = new CodeableConcept("http://loinc.org", "2951-2", "Sodium"),
            Value = new Quantity(140m, "mmol/L"),
            Interpretation = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "N")],
        };

        // Act
        var text = ValueText.Of(observation);

        // Assert
        Assert.Equal("Sodium: 140 mmol/L", text);
    }

    [Fact]
    public void Of_ObservationWithComponents_ListsEachComponent()
    {
        // Arrange
        var observation = new Observation
        {
            Code = new CodeableConcept("http://loinc.org", "85354-9", "Blood pressure"),
            Component =
            [
                new Observation.ComponentComponent { Code = new CodeableConcept("http://loinc.org", "8480-6", "Systolic"), Value = new Quantity(120m, "mm[Hg]") },
                new Observation.ComponentComponent { Code = new CodeableConcept("http://loinc.org", "8462-4", "Diastolic"), Value = new Quantity(80m, "mm[Hg]") },
            ],
        };

        // Act
        var text = ValueText.Of(observation);

        // Assert
        Assert.Equal("Blood pressure: Systolic: 120 mm[Hg]; Diastolic: 80 mm[Hg]", text);
    }

    [Fact]
    public void Of_StringValue_IsTheString()
    {
        // Act
        var text = ValueText.Of(new FhirString("see note"));

        // Assert
        Assert.Equal("see note", text);
    }
}
