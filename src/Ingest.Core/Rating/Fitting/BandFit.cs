namespace Ingest.Core.Rating.Fitting;

/// <summary>
/// What the fitter found for one banded criterion: the thresholds in use and the fitted ones, and how
/// many of the tuned documents agree with gold under each — in sample, and left-one-document-out
/// (each document scored by thresholds fitted without it: the honest figure).
/// </summary>
public sealed record BandFit(BandedSetting Setting, Bands Current, Bands Fitted, int Documents, int CurrentAgree, int FittedAgree, int LeaveOneOutAgree)
{
    /// <summary>Agreement on the validation documents (left out of the fit) with the current and the fitted thresholds; null without any.</summary>
    public ValidationAgreement? Validation { get; init; }

    /// <summary>
    /// Worth writing: the thresholds change and the left-one-document-out agreement is not worse than the
    /// current thresholds' (which were not fitted on these documents, so they are an out-of-sample figure too).
    /// </summary>
    public bool Accepted => Fitted != Current && LeaveOneOutAgree >= CurrentAgree;
}

/// <summary>How many of <see cref="Documents"/> validation documents agree with gold under the current and the fitted settings.</summary>
public sealed record ValidationAgreement(int Documents, int Current, int Fitted);
