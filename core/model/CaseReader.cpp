#include "core/model/CaseReader.h"

#include "core/ProblemCap.h"
#include "core/io/SecureFile.h"
#include "core/model/Vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace netdesk {

namespace {

QString describe(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::String: {
        QString s = v.toString();
        if (s.size() > 60)
            s = s.left(57) + QStringLiteral("...");
        for (qsizetype i = s.size() - 1; i >= 0; --i) { // never print a control character
            if (s.at(i).unicode() < 0x20 || s.at(i).unicode() == 0x7f)
                s.replace(i, 1, QStringLiteral("\\u%1").arg(s.at(i).unicode(), 4, 16, QLatin1Char('0')));
        }
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString number(double d)
{
    return QString::number(d, 'g', 15);
}

// Collects the problems of one case; each check reads one field and reports in one place.
class Checker final
{
public:
    Checker(const QJsonObject& root, const CaseReaderOptions& options, const QHash<QString, QString>* rawNumbers)
        : m_root(root)
        , m_options(options)
        , m_rawNumbers(rawNumbers)
    {
    }

    Problems problems;
    qsizetype dropped = 0; // problems beyond the cap: counted, not kept

    void add(const QString& where, const QString& message)
    {
        if (problems.size() < CaseReader::maxProblems)
            problems.append({where, message});
        else
            ++dropped;
    }

    // The value as the file gave it: a number as written (100.00000000000001, not 100).
    QString given(const QString& path, const QJsonValue& v) const
    {
        if (v.isDouble() && m_rawNumbers && m_rawNumbers->contains(path))
            return m_rawNumbers->value(path);
        return describe(v);
    }

    void unknownFields(const QJsonObject& obj, const QString& prefix, const QStringList& allowed)
    {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (!allowed.contains(it.key()))
                add(prefix + it.key(), QStringLiteral("unknown field (given %1); allowed fields: %2")
                                           .arg(describe(it.value()), allowed.join(QStringLiteral(", "))));
        }
    }

    // Returns the value when the field is present and a string of the set.
    std::optional<QString> enumField(const QJsonObject& obj, const QString& path, const QString& key,
                                     const QStringList& allowed, bool required)
    {
        const QJsonValue v = obj.value(key);
        const QString allowedText = QStringLiteral("allowed: ") + allowed.join(QStringLiteral(", "));
        if (v.isUndefined()) {
            if (required)
                add(path, QStringLiteral("missing; required, ") + allowedText);
            return std::nullopt;
        }
        if (!v.isString() || !allowed.contains(v.toString())) {
            add(path, QStringLiteral("%1 is not allowed; %2").arg(given(path, v), allowedText));
            return std::nullopt;
        }
        return v.toString();
    }

    std::optional<double> numberField(const QJsonObject& obj, const QString& path, const QString& key, double min,
                                      std::optional<double> max, bool minExclusive, bool wholeNumber, bool required)
    {
        const QJsonValue v = obj.value(key);
        QString range;
        if (max)
            range = QStringLiteral("%1%2–%3").arg(minExclusive ? QStringLiteral("> ") : QString(), number(min),
                                                  number(*max));
        else
            range = (minExclusive ? QStringLiteral("> ") : QStringLiteral("≥ ")) + number(min);
        const QString kind = wholeNumber ? QStringLiteral("a whole number") : QStringLiteral("a number");
        if (v.isUndefined()) {
            if (required)
                add(path, QStringLiteral("missing; required, %1 %2").arg(kind, range));
            return std::nullopt;
        }
        if (!v.isDouble()) {
            add(path, QStringLiteral("%1 is not %2; allowed: %2 %3").arg(given(path, v), kind, range));
            return std::nullopt;
        }
        const double d = v.toDouble();
        const bool belowMin = minExclusive ? !(d > min) : d < min;
        if (belowMin || (max && d > *max)) {
            add(path, QStringLiteral("%1 is out of range %2").arg(given(path, v), range));
            return std::nullopt;
        }
        if (wholeNumber && std::floor(d) != d) {
            add(path,
                QStringLiteral("%1 is not a whole number; allowed: a whole number %2").arg(given(path, v), range));
            return std::nullopt;
        }
        return d;
    }

    std::optional<bool> boolField(const QJsonObject& obj, const QString& path, const QString& key)
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isBool()) {
            add(path, QStringLiteral("%1 is not allowed; allowed: true or false").arg(given(path, v)));
            return std::nullopt;
        }
        return v.toBool();
    }

    std::optional<QString> stringField(const QJsonObject& obj, const QString& path, const QString& key)
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isString()) {
            add(path, QStringLiteral("%1 is not allowed; allowed: a string").arg(given(path, v)));
            return std::nullopt;
        }
        const QString text = v.toString();
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i).unicode() < 0x20 || text.at(i).unicode() == 0x7f) {
                add(path, QStringLiteral("contains a control character (U+%1) at character %2; not allowed in a text")
                              .arg(text.at(i).unicode(), 4, 16, QLatin1Char('0'))
                              .arg(i + 1));
                return std::nullopt;
            }
        }
        return text;
    }

    std::optional<QDate> dateField(const QJsonObject& obj, const QString& path, const QString& key)
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined())
            return std::nullopt;
        static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString text = v.toString();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!v.isString() || !pattern.match(text).hasMatch() || !date.isValid()) {
            add(path, QStringLiteral("%1 is not a valid date; allowed: a calendar date YYYY-MM-DD").arg(describe(v)));
            return std::nullopt;
        }
        return date;
    }

    QStringList listField(const QJsonObject& obj, const QString& path, const QString& key, const QStringList& allowed)
    {
        QStringList out;
        const QJsonValue v = obj.value(key);
        if (v.isUndefined())
            return out;
        const QString allowedText = QStringLiteral("allowed: ") + allowed.join(QStringLiteral(", "));
        if (!v.isArray()) {
            add(path, QStringLiteral("%1 is not a list; allowed: a list of %2").arg(describe(v), allowedText.mid(9)));
            return out;
        }
        const QJsonArray arr = v.toArray();
        for (qsizetype i = 0; i < arr.size(); ++i) {
            const QJsonValue item = arr.at(i);
            if (!item.isString() || !allowed.contains(item.toString())) {
                add(QStringLiteral("%1[%2]").arg(path).arg(i),
                    QStringLiteral("%1 is not allowed; %2").arg(describe(item), allowedText));
                continue;
            }
            if (!out.contains(item.toString()))
                out << item.toString();
        }
        return out;
    }

    const QJsonObject& m_root;
    const CaseReaderOptions& m_options;
    const QHash<QString, QString>* m_rawNumbers = nullptr;
};

const QStringList& caseFields()
{
    static const QStringList fields{QStringLiteral("schema"),
                                    QStringLiteral("assessmentDate"),
                                    QStringLiteral("patient"),
                                    QStringLiteral("primarySite"),
                                    QStringLiteral("differentiation"),
                                    QStringLiteral("ki67"),
                                    QStringLiteral("mitoses"),
                                    QStringLiteral("grade"),
                                    QStringLiteral("lungHistology"),
                                    QStringLiteral("necrosis"),
                                    QStringLiteral("necHistology"),
                                    QStringLiteral("functionalSyndrome"),
                                    QStringLiteral("uncontrolledSyndrome"),
                                    QStringLiteral("sstrImaging"),
                                    QStringLiteral("diseaseStatus"),
                                    QStringLiteral("ecog"),
                                    QStringLiteral("metastases"),
                                    QStringLiteral("resectableFraction"),
                                    QStringLiteral("primaryResected"),
                                    QStringLiteral("completeResection"),
                                    QStringLiteral("priorSurgery"),
                                    QStringLiteral("priorTherapies"),
                                    QStringLiteral("neuroSymptoms"),
                                    QStringLiteral("ecogDueToDisease"),
                                    QStringLiteral("ppiUse"),
                                    QStringLiteral("renalImpairment")};
    return fields;
}

// What QJsonDocument does not tell: keys given twice (it keeps only the last), control characters
// inside strings (it accepts them raw), bytes that are not UTF-8 (it repairs them to U+FFFD), and
// numbers as they were written (it rounds 100.00000000000001 to a double that prints as 100).
struct RawScan
{
    Problems problems;
    QStringList duplicates;
    QHash<QString, QString> numbers; // field path -> the number as written
};

QString joinPath(const QString& parent, const QString& key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

RawScan scanRaw(const QByteArray& json)
{
    struct Frame
    {
        bool object = false;
        bool expectKey = false;
        int index = 0;
        QString path;
        QSet<QString> keys;
        QString lastKey;
    };
    RawScan out;
    QList<Frame> stack;
    // The path of a value starting here: the key just read, or the array element.
    const auto valuePath = [&stack]() -> QString {
        if (stack.isEmpty())
            return QStringLiteral("case");
        const Frame& f = stack.back();
        if (f.object)
            return joinPath(f.path, f.lastKey);
        return QStringLiteral("%1[%2]").arg(f.path).arg(f.index);
    };
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char ch = json.at(i);
        if (ch == '"') {
            const bool isKey = !stack.isEmpty() && stack.back().object && stack.back().expectKey;
            qsizetype j = i + 1;
            qsizetype control = -1;
            while (j < n && json.at(j) != '"') {
                if (static_cast<unsigned char>(json.at(j)) < 0x20 && control < 0)
                    control = j;
                j += json.at(j) == '\\' ? 2 : 1;
            }
            const QByteArray token = json.mid(i, j - i + 1);
            QString key;
            if (isKey)
                key = QJsonDocument::fromJson("[" + token + "]").array().at(0).toString();
            if (control >= 0) {
                const QString where = isKey ? joinPath(stack.back().path, key) : valuePath();
                out.problems.append({where, QStringLiteral("contains a control character (U+%1) at byte %2; not "
                                                           "allowed in a text")
                                                .arg(static_cast<unsigned char>(json.at(control)), 4, 16, QLatin1Char('0'))
                                                .arg(control)});
            }
            i = j;
            if (isKey) {
                Frame& f = stack.back();
                const QString path = joinPath(f.path, key);
                if (f.keys.contains(key) && !out.duplicates.contains(path))
                    out.duplicates << path;
                f.keys.insert(key);
                f.lastKey = key;
                f.expectKey = false;
            }
        } else if (ch == '{' || ch == '[') {
            Frame f;
            f.object = ch == '{';
            f.expectKey = f.object;
            f.path = stack.isEmpty() ? QString() : valuePath();
            stack.push_back(f);
        } else if (ch == '}' || ch == ']') {
            if (!stack.isEmpty())
                stack.pop_back();
        } else if (ch == ',' && !stack.isEmpty()) {
            if (stack.back().object)
                stack.back().expectKey = true;
            else
                ++stack.back().index;
        } else if (ch == '-' || (ch >= '0' && ch <= '9')) {
            qsizetype j = i;
            while (j < n && (QByteArrayView("+-.eE").contains(json.at(j)) || (json.at(j) >= '0' && json.at(j) <= '9')))
                ++j;
            if (!stack.isEmpty() && out.numbers.size() < 10000)
                out.numbers.insert(valuePath(), j - i > 40 ? QString::fromLatin1(json.mid(i, 37)) + QStringLiteral("...")
                                                           : QString::fromLatin1(json.mid(i, j - i)));
            i = j - 1;
        }
    }
    return out;
}

// What a top-level value that is not an object is, from its first character.
QString jsonKind(const QByteArray& json)
{
    const QByteArray t = json.trimmed();
    if (t.isEmpty())
        return QStringLiteral("nothing (an empty input)");
    const char c = t.at(0);
    const QString start = QString::fromUtf8(t.left(24)) + (t.size() > 24 ? QStringLiteral("...") : QString());
    if (c == '[')
        return QStringLiteral("an array");
    if (c == '"')
        return QStringLiteral("a string");
    if (c == '-' || (c >= '0' && c <= '9'))
        return QStringLiteral("a number (%1)").arg(start);
    if (t == "null")
        return QStringLiteral("null");
    if (t == "true" || t == "false")
        return QStringLiteral("a boolean (%1)").arg(start);
    return {};
}

} // namespace

Result<Case> CaseReader::read(const QByteArray& json, const CaseReaderOptions& options)
{
    if (json.size() > maxBytes)
        return Problems{{QStringLiteral("case"), QStringLiteral("is %1 bytes, larger than the limit of %2 bytes; "
                                                                "refused before reading it")
                                                     .arg(json.size())
                                                     .arg(maxBytes)}};
    if (const qsizetype bad = firstInvalidUtf8(json); bad >= 0)
        return Problems{{QStringLiteral("case"),
                         QStringLiteral("is not UTF-8: byte %1 (0x%2) is not valid UTF-8; refused, not repaired "
                                        "(save the file as UTF-8)")
                             .arg(bad)
                             .arg(static_cast<unsigned char>(json.at(bad)), 2, 16, QLatin1Char('0'))}};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        // Valid JSON of the wrong kind is named as such (Qt rejects a top-level number or null).
        const QString kind = doc.isArray() ? QStringLiteral("an array") : jsonKind(json);
        const bool scalarOnly = !kind.isEmpty() && !json.trimmed().startsWith('[') &&
                                QJsonDocument::fromJson("[" + json.trimmed() + "]").isArray();
        const bool bigNumber = kind.startsWith(QLatin1String("a number")); // 1e400: too large for Qt
        if (doc.isArray() || scalarOnly || bigNumber || kind == QLatin1String("null") || json.trimmed().isEmpty())
            return Problems{{QStringLiteral("case"), QStringLiteral("expected an object {...}, got %1").arg(kind)}};
        if (const RawScan raw = scanRaw(json); !raw.problems.isEmpty())
            return capProblems(raw.problems); // a raw control character named with its field
        return Problems{{QStringLiteral("case"),
                         QStringLiteral("not valid JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset)}};
    }
    const RawScan raw = scanRaw(json);
    Problems early = raw.problems;
    for (const QString& path : raw.duplicates)
        early.append({path, QStringLiteral("given more than once; a field may appear once")});
    auto result = fromObject(doc.object(), options, &raw.numbers);
    if (early.isEmpty())
        return result;
    Problems all = early;
    for (const Problem& p : result.problems()) {
        // A raw control character is named once, by the scan (with its byte offset).
        const bool named = p.message.startsWith(QLatin1String("contains a control character")) &&
                           std::any_of(early.cbegin(), early.cend(), [&](const Problem& e) { return e.where == p.where; });
        if (!named)
            all << p;
    }
    return capProblems(all);
}

Problems CaseReader::capProblems(Problems problems)
{
    problems = capped(std::move(problems), maxProblems);
    if (problems.size() > maxProblems)
        problems.back().where = QStringLiteral("case");
    return problems;
}

Result<Case> CaseReader::fromObject(const QJsonObject& root, const CaseReaderOptions& options,
                                    const QHash<QString, QString>* rawNumbers)
{
    Checker c(root, options, rawNumbers);
    Case out;
    const auto s = [](const char* text) { return QString::fromLatin1(text); };

    c.unknownFields(root, QString(), caseFields());

    // schema
    {
        const QJsonValue v = root.value(s("schema"));
        if (v.isUndefined())
            c.add(s("schema"), QStringLiteral("missing; required, allowed: %1").arg(s(schemaId)));
        else if (v.toString() != s(schemaId))
            c.add(s("schema"), QStringLiteral("%1 is not allowed; allowed: %2").arg(describe(v), s(schemaId)));
    }

    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    const std::optional<QDate> assessmentDate = c.dateField(root, s("assessmentDate"), s("assessmentDate"));
    if (assessmentDate) {
        if (*assessmentDate > today)
            c.add(s("assessmentDate"), QStringLiteral("%1 is in the future; allowed: a date up to today (%2)")
                                           .arg(assessmentDate->toString(Qt::ISODate), today.toString(Qt::ISODate)));
        out.assessmentDate = *assessmentDate;
        out.assessmentDateGiven = true;
    } else {
        out.assessmentDate = today;
    }

    // patient
    if (root.contains(s("patient"))) {
        const QJsonValue pv = root.value(s("patient"));
        if (!pv.isObject()) {
            c.add(s("patient"), QStringLiteral("%1 is not allowed; allowed: an object with id, familyName, givenName, "
                                               "birthDate, sex")
                                    .arg(describe(pv)));
        } else {
            const QJsonObject p = pv.toObject();
            c.unknownFields(p, s("patient."), {s("id"), s("familyName"), s("givenName"), s("birthDate"), s("sex")});
            out.patient.id = c.stringField(p, s("patient.id"), s("id")).value_or(QString());
            out.patient.familyName = c.stringField(p, s("patient.familyName"), s("familyName")).value_or(QString());
            out.patient.givenName = c.stringField(p, s("patient.givenName"), s("givenName")).value_or(QString());
            out.patient.sex = c.enumField(p, s("patient.sex"), s("sex"), vocab::sexes(), false).value_or(QString());
            out.patient.birthDate = c.dateField(p, s("patient.birthDate"), s("birthDate"));
            if (out.patient.birthDate && *out.patient.birthDate > out.assessmentDate) {
                c.add(s("patient.birthDate"),
                      QStringLiteral("%1 is after the assessment date %2; allowed: a date not after assessmentDate")
                          .arg(out.patient.birthDate->toString(Qt::ISODate), out.assessmentDate.toString(Qt::ISODate)));
            }
        }
    }

    out.primarySite =
        c.enumField(root, s("primarySite"), s("primarySite"), vocab::primarySites(), true).value_or(QString());
    out.differentiation = c.enumField(root, s("differentiation"), s("differentiation"), vocab::differentiations(), true)
                              .value_or(QString());
    out.ki67 = c.numberField(root, s("ki67"), s("ki67"), 0, 100, false, false, false);
    out.mitoses = c.numberField(root, s("mitoses"), s("mitoses"), 0, std::nullopt, false, false, false);
    out.reportedGrade = c.enumField(root, s("grade"), s("grade"), vocab::grades(), false).value_or(QString());
    out.lungHistology =
        c.enumField(root, s("lungHistology"), s("lungHistology"), vocab::lungHistologies(), false).value_or(QString());
    out.necrosis = c.boolField(root, s("necrosis"), s("necrosis"));
    out.necHistology =
        c.enumField(root, s("necHistology"), s("necHistology"), vocab::necHistologies(), false).value_or(QString());
    out.functionalSyndrome =
        c.enumField(root, s("functionalSyndrome"), s("functionalSyndrome"), vocab::functionalSyndromes(), false)
            .value_or(s("none"));
    out.uncontrolledSyndrome = c.boolField(root, s("uncontrolledSyndrome"), s("uncontrolledSyndrome")).value_or(false);
    out.sstrImaging = c.enumField(root, s("sstrImaging"), s("sstrImaging"), vocab::sstrImagingValues(), false)
                          .value_or(s("not_done"));
    out.diseaseStatus =
        c.enumField(root, s("diseaseStatus"), s("diseaseStatus"), vocab::diseaseStatuses(), true).value_or(QString());
    out.ecog = static_cast<int>(c.numberField(root, s("ecog"), s("ecog"), 0, 4, false, true, true).value_or(0));
    out.resectableFraction =
        c.numberField(root, s("resectableFraction"), s("resectableFraction"), 0, 100, false, false, false);
    out.primaryResected = c.boolField(root, s("primaryResected"), s("primaryResected")).value_or(false);
    out.completeResection = c.boolField(root, s("completeResection"), s("completeResection")).value_or(false);
    out.priorSurgery = c.listField(root, s("priorSurgery"), s("priorSurgery"), vocab::priorSurgeries());
    out.priorTherapies = c.listField(root, s("priorTherapies"), s("priorTherapies"),
                                     options.therapyCodes.isEmpty() ? vocab::therapyCodes() : options.therapyCodes);
    out.neuroSymptoms = c.boolField(root, s("neuroSymptoms"), s("neuroSymptoms")).value_or(false);
    out.ecogDueToDisease = c.boolField(root, s("ecogDueToDisease"), s("ecogDueToDisease")).value_or(false);
    out.ppiUse = c.boolField(root, s("ppiUse"), s("ppiUse")).value_or(false);
    out.renalImpairment = c.boolField(root, s("renalImpairment"), s("renalImpairment")).value_or(false);

    // metastases
    const QJsonValue mv = root.value(s("metastases"));
    if (mv.isUndefined()) {
        c.add(s("metastases"), QStringLiteral("missing; required, an object with at least one site true (stage IV): "
                                              "liver, bone, lung, peritoneum, distantLymphNodes, brain"));
    } else if (!mv.isObject()) {
        c.add(s("metastases"), QStringLiteral("%1 is not allowed; allowed: an object with at least one site true: "
                                              "liver, bone, lung, peritoneum, distantLymphNodes, brain")
                                   .arg(describe(mv)));
    } else {
        const QJsonObject m = mv.toObject();
        QStringList allowed = vocab::metastasisSites();
        allowed << s("liverLesionCount") << s("largestLiverLesionCm") << s("liverInvolvementPercent");
        c.unknownFields(m, s("metastases."), allowed);
        Metastases& mt = out.metastases;
        bool anySite = false;
        bool sitesValid = true;
        for (const QString& site : vocab::metastasisSites()) {
            const QString path = s("metastases.") + site;
            const QJsonValue sv = m.value(site);
            if (!sv.isUndefined() && !sv.isBool())
                sitesValid = false;
            const bool value = c.boolField(m, path, site).value_or(false);
            anySite = anySite || value;
            if (site == QLatin1String("liver"))
                mt.liver = value;
            else if (site == QLatin1String("bone"))
                mt.bone = value;
            else if (site == QLatin1String("lung"))
                mt.lung = value;
            else if (site == QLatin1String("peritoneum"))
                mt.peritoneum = value;
            else if (site == QLatin1String("distantLymphNodes"))
                mt.distantLymphNodes = value;
            else
                mt.brain = value;
        }
        if (!anySite && sitesValid)
            c.add(s("metastases"), QStringLiteral("no site is true; allowed: at least one of liver, bone, lung, "
                                                  "peritoneum, distantLymphNodes, brain true (this is stage IV)"));
        if (const auto count = c.numberField(m, s("metastases.liverLesionCount"), s("liverLesionCount"), 1,
                                             std::nullopt, false, true, false)) {
            if (*count > 1.0e6)
                c.add(s("metastases.liverLesionCount"),
                      QStringLiteral("%1 is not a plausible lesion count; allowed: a whole "
                                     "number 1–1000000")
                          .arg(number(*count)));
            else
                mt.liverLesionCount = static_cast<int>(*count);
        }
        mt.largestLiverLesionCm = c.numberField(m, s("metastases.largestLiverLesionCm"), s("largestLiverLesionCm"), 0,
                                                40, true, false, false);
        mt.liverInvolvementPercent = c.numberField(m, s("metastases.liverInvolvementPercent"),
                                                   s("liverInvolvementPercent"), 0, 100, false, false, false);
        const QJsonValue liverValue = m.value(s("liver"));
        if (liverValue.isUndefined() || (liverValue.isBool() && !liverValue.toBool())) {
            for (const QString& detail :
                 {s("liverLesionCount"), s("largestLiverLesionCm"), s("liverInvolvementPercent")}) {
                if (m.contains(detail))
                    c.add(s("metastases.") + detail,
                          QStringLiteral("%1 given but metastases.liver is not true; allowed: liver details only "
                                         "when metastases.liver is true")
                              .arg(describe(m.value(detail))));
            }
        }
    }

    // Cross-field rules. Each names every field involved; they use the raw values so that a rule is
    // judged even when another field of the case is wrong.
    const bool lungScheme = vocab::isLungScheme(root.value(s("primarySite")).toString());
    const QString differentiation = root.value(s("differentiation")).toString();
    const bool hasGradingInput = root.contains(s("ki67")) || root.contains(s("mitoses")) || root.contains(s("grade")) ||
                                 root.contains(s("lungHistology")) || differentiation == QLatin1String("poor");
    if (!hasGradingInput)
        c.add(s("ki67"), QStringLiteral("missing; one of ki67, mitoses, grade, lungHistology or differentiation "
                                        "\"poor\" is required to classify the tumour"));
    if (root.value(s("completeResection")).toBool()) {
        if (!root.value(s("primaryResected")).toBool())
            c.add(s("completeResection"), QStringLiteral("true needs primaryResected: true (given %1)")
                                              .arg(describe(root.value(s("primaryResected")))));
        if (root.value(s("diseaseStatus")).toString() == QLatin1String("progressive"))
            c.add(s("completeResection"),
                  QStringLiteral("true is not allowed with diseaseStatus \"progressive\"; allowed: diseaseStatus "
                                 "newly_diagnosed or stable after a complete resection"));
    }
    if (root.value(s("uncontrolledSyndrome")).toBool()) {
        const QJsonValue fs = root.value(s("functionalSyndrome"));
        if (fs.isUndefined() || fs.toString() == QLatin1String("none"))
            c.add(s("uncontrolledSyndrome"),
                  QStringLiteral("true needs a functionalSyndrome other than none (given %1)").arg(describe(fs)));
    }
    if (!lungScheme && root.contains(s("primarySite"))) {
        for (const QString& key : {s("lungHistology"), s("necrosis")}) {
            if (root.contains(key))
                c.add(key, QStringLiteral("%1 given for primarySite %2; allowed only for primarySite lung or thymus")
                               .arg(describe(root.value(key)), describe(root.value(s("primarySite")))));
        }
    }
    if (lungScheme) {
        if (!root.contains(s("mitoses")) && !root.contains(s("lungHistology")) &&
            differentiation != QLatin1String("poor"))
            c.add(s("mitoses"), QStringLiteral("missing; a %1 case needs mitoses, lungHistology or differentiation "
                                               "\"poor\" (Ki-67 does not grade lung or thymic tumours)")
                                    .arg(root.value(s("primarySite")).toString()));
        if (root.contains(s("grade")))
            c.add(s("grade"), QStringLiteral("%1 given for primarySite %2; lung and thymic tumours are not graded "
                                             "G1–G3: give mitoses, necrosis and lungHistology instead")
                                  .arg(describe(root.value(s("grade"))), root.value(s("primarySite")).toString()));
    }
    if (root.contains(s("necHistology")) && differentiation != QLatin1String("poor"))
        c.add(s("necHistology"),
              QStringLiteral("%1 given with differentiation %2; allowed only with differentiation "
                             "\"poor\"")
                  .arg(describe(root.value(s("necHistology"))), describe(root.value(s("differentiation")))));
    if (root.value(s("ecogDueToDisease")).toBool()) {
        const QJsonValue ecogValue = root.value(s("ecog"));
        if (!ecogValue.isDouble() || ecogValue.toDouble() < 2)
            c.add(s("ecogDueToDisease"),
                  QStringLiteral("true needs ecog 2 or more (given %1); allowed: ecogDueToDisease only with ecog 2, 3 "
                                 "or 4")
                      .arg(describe(ecogValue)));
    }
    if (out.priorSurgery.contains(s("primary_resection")) && !root.value(s("primaryResected")).toBool())
        c.add(s("priorSurgery"), QStringLiteral("holds primary_resection but primaryResected is %1; allowed: "
                                                "primary_resection only with primaryResected: true")
                                     .arg(describe(root.value(s("primaryResected")))));

    if (c.dropped > 0)
        c.problems.append({QStringLiteral("case"), QStringLiteral("… and %1 more").arg(c.dropped)});
    if (!c.problems.isEmpty())
        return c.problems;
    return out;
}

} // namespace netdesk
