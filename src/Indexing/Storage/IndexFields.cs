using System.Globalization;
using Knowledge.Index;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Indexing.Storage;

/// <summary>
/// One Lucene document per corpus file. Stored: its path under the corpus folder (the key updates replace by), name,
/// format, line count, size and write time (to tell a changed file), the key of its parsed copy, or the reason it was
/// skipped. Indexed, for a loaded document: its terms (<see cref="DocumentTerms"/>) exactly as the engine reads
/// them, so the index's document frequencies are the engine's, its profile terms, its compact name heads, its year.
/// </summary>
internal static class IndexFields
{
    public const string Path = "path";
    public const string Name = "name";
    public const string Format = "format";
    public const string Lines = "lines";
    public const string Size = "size";
    public const string Modified = "modified";
    public const string Key = "key";
    public const string Reason = "reason";

    public const string Term = "term";
    public const string Profile = "profile";
    public const string Head = "head";
    public const string Year = "year";

    /// <summary>The commit's user data: which code wrote the index (<see cref="IndexStamp"/>).</summary>
    public const string Stamp = "stamp";

    public static readonly HashSet<string> Manifest = [Path, Name, Format, Lines, Size, Modified, Key, Reason];

    /// <summary>A name written compact may be there twice (title and programme name): each counts, as in the selector.</summary>
    private static readonly FieldType CountedKeyword = Freeze(new FieldType(StringField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS });

    public static Document Loaded(ManifestEntry entry, DocumentTerms terms)
    {
        var document = Stored(entry);
        foreach (var term in terms.Vocabulary)
        {
            document.Add(new StringField(Term, term, Field.Store.NO));
        }
        foreach (var term in terms.Profile)
        {
            document.Add(new StringField(Profile, term, Field.Store.NO));
        }
        foreach (var head in terms.NameHeads)
        {
            document.Add(new Field(Head, head, CountedKeyword));
        }
        if (terms.Year is int year)
        {
            document.Add(new StringField(Year, YearText(year), Field.Store.NO));
        }
        return document;
    }

    public static Document Skipped(ManifestEntry entry) => Stored(entry);

    public static string YearText(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static Document Stored(ManifestEntry entry)
    {
        var document = new Document
        {
            new StringField(Path, entry.Path, Field.Store.YES),
            new StoredField(Name, entry.Name),
            new StoredField(Format, entry.Format),
            new StoredField(Lines, entry.Lines),
            new StoredField(Size, entry.Size),
            new StoredField(Modified, entry.Modified),
        };
        if (entry.Key is { } key)
        {
            document.Add(new StoredField(Key, key));
        }
        if (entry.Reason is { } reason)
        {
            document.Add(new StoredField(Reason, reason));
        }
        return document;
    }

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
