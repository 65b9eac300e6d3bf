using System.Text.Json;
using Ledger.Domain.Calibration;

namespace Ledger.Domain.Tests.Calibration;

public class CalibrationFitterTests
{
    [Theory]
    [InlineData(0, CalibrationMethod.Identity)]
    [InlineData(29, CalibrationMethod.Identity)]
    [InlineData(30, CalibrationMethod.Platt)]
    [InlineData(199, CalibrationMethod.Platt)]
    [InlineData(200, CalibrationMethod.Isotonic)]
    public void Method_depends_on_sample_count(int n, string method)
    {
        var model = CalibrationFitter.Fit(CalibrationSamples.Overconfident(n));
        Assert.Equal(method, model.Method);
        Assert.Equal(n, model.SampleCount);
    }

    [Fact]
    public void Identity_passes_raw_p_through()
    {
        var model = CalibrationFitter.Fit(CalibrationSamples.Overconfident(10));
        Assert.Equal(1.0, model.Apply(1.0));
        Assert.Equal(0.42, model.Apply(0.42));
        Assert.Equal(model.EceBefore, model.EceAfter);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(3000)]
    public void Fitted_model_reports_lower_ece(int n)
    {
        var model = CalibrationFitter.Fit(CalibrationSamples.Overconfident(n));
        Assert.True(model.EceAfter < model.EceBefore, $"{model.Method}: {model.EceBefore} -> {model.EceAfter}");
    }

    [Theory]
    [InlineData(500)]
    [InlineData(3000)]
    [InlineData(5)]
    public void Json_round_trip_applies_identically(int n)
    {
        var model = CalibrationFitter.Fit(CalibrationSamples.Overconfident(n, seed: n));
        var json = JsonSerializer.Serialize(model);
        var reloaded = JsonSerializer.Deserialize<CalibrationModel>(json)!;

        Assert.Equal(model, reloaded);
        for (var i = 0; i <= 1000; i++)
        {
            var p = i / 1000.0;
            Assert.Equal(BitConverter.DoubleToInt64Bits(model.Apply(p)), BitConverter.DoubleToInt64Bits(reloaded.Apply(p)));
        }
    }

    [Fact]
    public void Unknown_method_is_rejected() =>
        Assert.Throws<InvalidOperationException>(() => new CalibrationModel("magic", [], [], [], 0, 0, 0).Apply(0.5));
}
