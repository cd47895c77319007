namespace Gongkai.Applications;

/// <summary>
/// The applicant (Art. 29). The ID number is kept only encrypted (<see cref="IdNumberProtected"/>),
/// masked for display, and as a keyed hash to find the same applicant's earlier applications.
/// </summary>
public sealed class Applicant
{
    private Applicant() { }

    public Applicant(ApplicantType type, string name, string? contactPerson, IdDocumentType idType, ProtectedId id,
        string phone, string? email, string? address, string? postCode)
    {
        Type = type;
        Name = name;
        ContactPerson = contactPerson;
        IdType = idType;
        IdNumberProtected = id.Protected;
        IdNumberMasked = id.Masked;
        IdMatchKey = id.MatchKey;
        Phone = phone;
        Email = email;
        Address = address;
        PostCode = postCode;
    }

    public ApplicantType Type { get; private set; }
    /// <summary>The person's name, or the organisation's.</summary>
    public string Name { get; private set; } = "";
    /// <summary>For organisations: the person to contact.</summary>
    public string? ContactPerson { get; private set; }
    public IdDocumentType IdType { get; private set; }
    public string IdNumberProtected { get; private set; } = "";
    public string IdNumberMasked { get; private set; } = "";
    public string IdMatchKey { get; private set; } = "";
    public string Phone { get; private set; } = "";
    public string? Email { get; private set; }
    public string? Address { get; private set; }
    public string? PostCode { get; private set; }
}

/// <summary>An ID number in the three forms kept: encrypted, masked, and as a match key.</summary>
public sealed record ProtectedId(string Protected, string Masked, string MatchKey);

/// <summary>What the applicant wants (Art. 29): a name, a document number or a description, the form and the delivery.</summary>
public sealed class RequestedInformation
{
    private RequestedInformation() { }

    public RequestedInformation(string? title, string? documentNumber, string? description, InformationForm form, DeliveryMethod delivery)
    {
        Title = title;
        DocumentNumber = documentNumber;
        Description = description;
        Form = form;
        Delivery = delivery;
    }

    public string? Title { get; private set; }
    public string? DocumentNumber { get; private set; }
    public string? Description { get; private set; }
    public InformationForm Form { get; private set; }
    public DeliveryMethod Delivery { get; private set; }

    /// <summary>One line naming what was asked for, for lists.</summary>
    public string Summary => Title ?? DocumentNumber ?? (Description is { Length: > 40 } d ? d[..40] + "…" : Description) ?? "";
}
