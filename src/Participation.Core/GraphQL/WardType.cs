using GraphQL.Types;
using Participation.Core.Cities;

namespace Participation.Core.GraphQL;

/// <summary>A ward (区) and its office's public contact: every module's types refer to it.</summary>
public sealed class WardType : ObjectGraphType<Ward>
{
    public WardType()
    {
        Name = "Ward";
        Description = "A ward (区) of the city.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The {id} of /wards/{id}.").Resolve(c => GraphIds.Of(c.Source.Id));
        Field(w => w.Name).Description("Name in Japanese (中央区).");
        Field(w => w.NameEn, nullable: true).Description("Name in English.");
        Field(w => w.Kana, nullable: true).Description("Reading in hiragana.");
        Field(w => w.OfficeAddress, nullable: true).Description("The ward office's public address.");
        Field(w => w.OfficePhone, nullable: true).Description("The ward office's public telephone number.");
    }
}
