#include "core/board/FreeTextScreen.h"

#include "core/registry/AssessmentRepository.h"
#include "core/registry/PatientRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace netdesk {

namespace {

class Screen final
{
    Q_DECLARE_TR_FUNCTIONS(netdesk::FreeTextScreen)

public:
    static QString nameMark() { return tr("[name]"); }
    static QString recordMark() { return tr("[record number]"); }
    static QString dateMark() { return tr("[date]"); }
};

// One character for one character: lower case without accents, so positions in the folded text are
// positions in the original.
QString fold(const QString& text)
{
    QString out(text.size(), QChar());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        out[i] = decomposed.isEmpty() ? c.toLower() : decomposed.at(0).toLower();
    }
    return out;
}

// German spellings without umlauts (ae, oe, ue, ss) as a second form of a name.
QString transliterated(const QString& name)
{
    QString out;
    for (const QChar c : name) {
        switch (c.toLower().unicode()) {
        case 0xe4:
            out += QStringLiteral("ae");
            break;
        case 0xf6:
            out += QStringLiteral("oe");
            break;
        case 0xfc:
            out += QStringLiteral("ue");
            break;
        case 0xdf:
            out += QStringLiteral("ss");
            break;
        default:
            out += c;
        }
    }
    return out;
}

const QString before = QStringLiteral("(?<![\\p{L}\\p{N}])");
const QString after = QStringLiteral("(?![\\p{L}\\p{N}])");

// A name as a pattern over folded text: its words with any run of spaces or hyphens between them.
QString namePattern(const QString& name)
{
    const QStringList words = fold(name).split(QRegularExpression(QStringLiteral("[\\s\\-]+")), Qt::SkipEmptyParts);
    QStringList escaped;
    for (const QString& w : words)
        escaped << QRegularExpression::escape(w);
    return escaped.join(QStringLiteral("[\\s\\-]+"));
}

QString recordPattern(const QString& record)
{
    QStringList parts;
    for (const QChar c : fold(record)) {
        if (c.isLetterOrNumber())
            parts << QRegularExpression::escape(QString(c));
    }
    return parts.join(QStringLiteral("[\\s\\-_./]*"));
}

QStringList datePatterns(const QDate& d)
{
    const QString day = QStringLiteral("0?%1").arg(d.day());
    const QString month = QStringLiteral("0?%1").arg(d.month());
    const QString year = QString::number(d.year());
    const QString shortYear = QStringLiteral("%1").arg(d.year() % 100, 2, 10, QLatin1Char('0'));
    const QString sep = QStringLiteral("\\s*[./\\-]\\s*");
    static const QStringList english{QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
                                     QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
                                     QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
                                     QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
    static const QStringList german{QStringLiteral("januar"),  QStringLiteral("februar"),  QStringLiteral("marz"),
                                    QStringLiteral("april"),   QStringLiteral("mai"),      QStringLiteral("juni"),
                                    QStringLiteral("juli"),    QStringLiteral("august"),   QStringLiteral("september"),
                                    QStringLiteral("oktober"), QStringLiteral("november"), QStringLiteral("dezember")};
    const QString en = english.at(d.month() - 1);
    const QString de = german.at(d.month() - 1);
    const QString monthName =
        QStringLiteral("(?:%1|%2|%3|%4%5)\\.?")
            .arg(en, en.left(3), de, de.left(3), d.month() == 3 ? QStringLiteral("|maerz") : QString());
    const QString digitsBefore = QStringLiteral("(?<!\\d)");
    const QString digitsAfter = QStringLiteral("(?!\\d)");
    QStringList out;
    const QStringList forms{year + sep + month + sep + day,
                            day + sep + month + sep + year,
                            month + sep + day + sep + year,
                            day + sep + month + sep + shortYear,
                            month + sep + day + sep + shortYear,
                            day + QStringLiteral("\\.?\\s*") + monthName + QStringLiteral(",?\\s*") + year,
                            monthName + QStringLiteral("\\s*") + day + QStringLiteral("(?:st|nd|rd|th)?,?\\s*") + year};
    for (const QString& p : forms)
        out << digitsBefore + p + digitsAfter;
    return out;
}

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString mark;
};

void collect(const QString& folded, const QString& pattern, const QString& mark, const QString& kind,
             QList<Span>& spans, QStringList& found)
{
    const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::UseUnicodePropertiesOption);
    auto it = re.globalMatch(folded);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedLength() == 0)
            continue;
        spans.append({m.capturedStart(), m.capturedEnd(), mark});
        if (!found.contains(kind))
            found << kind;
    }
}

} // namespace

ScreenedText screenFreeText(const QString& text, const QList<PatientIdentifiers>& patients)
{
    ScreenedText out{text, {}};
    if (text.trimmed().isEmpty())
        return out;
    const QString folded = fold(text);
    QList<Span> spans;
    for (const PatientIdentifiers& p : patients) {
        for (const auto& [name, kind] : {std::pair{p.familyName, QStringLiteral("family name")},
                                         std::pair{p.givenName, QStringLiteral("given name")}}) {
            if (name.trimmed().size() < 2)
                continue;
            QStringList forms{namePattern(name)};
            if (transliterated(name) != name)
                forms << namePattern(transliterated(name));
            // Each word of a name of several words, when it is long enough to be telling.
            const QStringList words = name.split(QRegularExpression(QStringLiteral("[\\s\\-]+")), Qt::SkipEmptyParts);
            for (const QString& w : words) {
                if (words.size() > 1 && w.size() >= 4)
                    forms << namePattern(w);
            }
            for (const QString& form : forms)
                collect(folded, before + form + after, Screen::nameMark(), kind, spans, out.found);
        }
        if (!recordPattern(p.recordNumber).isEmpty()) {
            collect(folded, before + recordPattern(p.recordNumber) + after, Screen::recordMark(),
                    QStringLiteral("record number"), spans, out.found);
            // Its digits alone (48213 of ZQX-48213) when there are enough of them to identify.
            static const QRegularExpression digitRun(QStringLiteral("\\d{4,}"));
            auto runs = digitRun.globalMatch(p.recordNumber);
            while (runs.hasNext())
                collect(folded, QStringLiteral("(?<!\\d)") + runs.next().captured() + QStringLiteral("(?!\\d)"),
                        Screen::recordMark(), QStringLiteral("record number"), spans, out.found);
        }
        for (const QDate& d : p.dates) {
            if (!d.isValid())
                continue;
            for (const QString& pattern : datePatterns(d))
                collect(folded, pattern, Screen::dateMark(), QStringLiteral("date"), spans, out.found);
        }
    }
    if (spans.isEmpty())
        return out;
    // Overlapping finds become one mark; replaced from the end so positions hold.
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
    QList<Span> merged;
    for (const Span& s : spans) {
        if (!merged.isEmpty() && s.start < merged.back().end)
            merged.back().end = std::max(merged.back().end, s.end);
        else
            merged << s;
    }
    for (auto it = merged.crbegin(); it != merged.crend(); ++it)
        out.masked.replace(it->start, it->end - it->start, it->mark);
    return out;
}

Result<QList<PatientIdentifiers>> agendaIdentifiers(Database& db, const BoardMeeting& meeting)
{
    QList<PatientIdentifiers> out;
    for (const BoardCase& c : meeting.cases) {
        const auto patient = PatientRepository(db).byId(c.patientId);
        if (!patient.ok())
            return patient.problems();
        PatientIdentifiers ids;
        ids.recordNumber = c.recordNumber;
        if (patient.value()) {
            ids.familyName = patient.value()->familyName;
            ids.givenName = patient.value()->givenName;
            ids.recordNumber = patient.value()->recordNumber;
            ids.dates << patient.value()->birthDate;
        }
        const auto assessments = AssessmentRepository(db).forPatient(c.patientId, false);
        if (!assessments.ok())
            return assessments.problems();
        for (const AssessmentRecord& a : assessments.value()) {
            if (a.id == c.assessmentId)
                ids.dates << a.assessmentDate;
        }
        out << ids;
    }
    return out;
}

} // namespace netdesk
