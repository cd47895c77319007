using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Gongkai.Staff.Admin;

/// <summary>For hand-written inputs (filters, query-string forms) that the input tag helper does not mark.</summary>
public static class FormErrors
{
    /// <summary>The class that marks a field with a problem, or null (Razor then leaves the attribute out).</summary>
    public static string? ErrorClass(this ModelStateDictionary state, string key) =>
        state.GetFieldValidationState(key) == ModelValidationState.Invalid ? "input-validation-error" : null;
}
