#include "core/guideline/KnowledgeBase.h"

#include "core/model/Vocabulary.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace netdesk {

namespace {

QString latin(const char* s)
{
    return QString::fromLatin1(s);
}

// Reads one JSON object strictly: every key read is marked, the rest is reported as unknown.
class Reader final
{
public:
    Reader(const QJsonValue& value, QString path, Problems& problems)
        : m_path(std::move(path))
        , m_problems(problems)
    {
        if (!value.isObject())
            error(m_path, QStringLiteral("must be an object"));
        m_obj = value.toObject();
    }

    ~Reader() = default;
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;

    QString path(const QString& key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }
    void error(const QString& where, const QString& message) { m_problems.append({where, message}); }

    bool has(const char* key) const { return m_obj.contains(latin(key)); }

    QJsonValue value(const char* key, bool required)
    {
        const QString k = latin(key);
        m_known << k;
        if (required && !m_obj.contains(k))
            error(path(k), QStringLiteral("missing"));
        return m_obj.value(k);
    }

    QString string(const char* key, bool required = true, const QStringList& allowed = {})
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return QString();
        if (!v.isString() || v.toString().isEmpty()) {
            error(path(latin(key)), QStringLiteral("must be a non-empty string"));
            return QString();
        }
        if (!allowed.isEmpty() && !allowed.contains(v.toString()))
            error(path(latin(key)), QStringLiteral("'%1' is not allowed; allowed: %2")
                                        .arg(v.toString(), allowed.join(QStringLiteral(", "))));
        return v.toString();
    }

    bool boolean(const char* key, bool fallback)
    {
        const QJsonValue v = value(key, false);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool())
            error(path(latin(key)), QStringLiteral("must be true or false"));
        return v.toBool();
    }

    double number(const char* key)
    {
        const QJsonValue v = value(key, true);
        if (!v.isUndefined() && !v.isDouble())
            error(path(latin(key)), QStringLiteral("must be a number"));
        return v.toDouble();
    }

    QStringList strings(const char* key, bool required)
    {
        QStringList out;
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            error(path(latin(key)), QStringLiteral("must be a list of strings"));
            return out;
        }
        const QJsonArray arr = v.toArray();
        for (qsizetype i = 0; i < arr.size(); ++i) {
            if (!arr.at(i).isString())
                error(QStringLiteral("%1[%2]").arg(path(latin(key))).arg(i), QStringLiteral("must be a string"));
            out << arr.at(i).toString();
        }
        return out;
    }

    QJsonArray array(const char* key, bool required)
    {
        const QJsonValue v = value(key, required);
        if (!v.isUndefined() && !v.isArray())
            error(path(latin(key)), QStringLiteral("must be a list"));
        return v.toArray();
    }

    void finish(const QStringList& extraKnown = {})
    {
        for (auto it = m_obj.begin(); it != m_obj.end(); ++it) {
            if (!m_known.contains(it.key()) && !extraKnown.contains(it.key())) {
                QStringList allowed = m_known;
                allowed.sort();
                error(path(it.key()),
                      QStringLiteral("unknown key; allowed: %1").arg(allowed.join(QStringLiteral(", "))));
            }
        }
    }

    const QJsonObject& object() const { return m_obj; }

private:
    QJsonObject m_obj;
    QString m_path;
    Problems& m_problems;
    QStringList m_known;
};

class Loader final
{
public:
    Loader(KnowledgeBase& kb, Problems& problems)
        : m_kb(kb)
        , m_problems(problems)
    {
    }

    void run(const QJsonObject& root)
    {
        Reader r(root, QString(), m_problems);
        r.string("format", true, {latin("netdesk.knowledge/1")});
        m_kb.id = r.string("id");
        m_kb.version = r.string("version");
        r.string("title", false);
        r.string("description", false);
        m_kb.languages = r.strings("languages", true);
        if (m_kb.languages.isEmpty())
            r.error(latin("languages"), QStringLiteral("must name at least one language"));
        m_kb.defaultProtocol = r.string("defaultProtocol");

        references(r.value("references", true));
        therapies(r.value("therapies", true));
        m_kb.schema = std::make_unique<FactSchema>(m_kb.therapyCodes);
        m_kb.disclaimer = text(r.value("disclaimer", true), latin("disclaimer"));
        clinicalReview(r.value("clinicalReview", true));
        grading(r.value("grading", true));
        derivedFacts(r.array("facts", true));
        factLabels(r.array("factLabels", false));
        recommendations(r.array("recommendations", true));
        avoid(r.array("avoid", true));
        warnings(r.array("warnings", true));
        {
            Reader p(r.value("prognosis", true), latin("prognosis"), m_problems);
            factors(p.array("factors", true));
            outcomes(p.array("referenceOutcomes", true));
            p.finish();
        }
        adjustments(r.array("adjustments", false));
        protocols(r.array("protocols", true));
        r.finish();
        checkDependencies();

        if (!m_kb.defaultProtocol.isEmpty() && !m_kb.protocol(m_kb.defaultProtocol))
            m_problems.append(
                {latin("defaultProtocol"),
                 QStringLiteral("'%1' is not a protocol of this knowledge base").arg(m_kb.defaultProtocol)});
    }

private:
    QString at(const QString& path, qsizetype i) const { return QStringLiteral("%1[%2]").arg(path).arg(i); }

    LocalText text(const QJsonValue& v, const QString& path)
    {
        LocalText out;
        if (!v.isObject()) {
            m_problems.append({path, QStringLiteral("must be an object of texts by language, e.g. {\"en\": \"...\"}")});
            return out;
        }
        const QJsonObject obj = v.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (!m_kb.languages.contains(it.key()))
                m_problems.append(
                    {path + QLatin1Char('.') + it.key(), QStringLiteral("language not declared in 'languages' (%1)")
                                                             .arg(m_kb.languages.join(QStringLiteral(", ")))});
            else if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
                m_problems.append({path + QLatin1Char('.') + it.key(), QStringLiteral("must be a non-empty string")});
            else {
                out.byLanguage.insert(it.key(), it.value().toString());
                checkPlaceholders(it.value().toString(), path + QLatin1Char('.') + it.key());
            }
        }
        for (const QString& lang : std::as_const(m_kb.languages)) {
            if (!obj.contains(lang))
                m_problems.append({path + QLatin1Char('.') + lang, QStringLiteral("missing text for this language")});
        }
        return out;
    }

    // A note meant for professionals only may leave out the patient text (printouts then skip it).
    // A {fact} in a text must name a fact, or it would reach the reader verbatim.
    void checkPlaceholders(const QString& text, const QString& path)
    {
        if (!m_kb.schema || !text.contains(QLatin1Char('{')))
            return;
        static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
        auto it = placeholder.globalMatch(text);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (m_kb.schema->indexOf(name) < 0)
                m_problems.append({path, QStringLiteral("placeholder {%1} names no fact").arg(name)});
        }
    }

    AudienceText audienceText(const QJsonValue& v, const QString& path, bool patientRequired = true)
    {
        AudienceText out;
        Reader r(v, path, m_problems);
        out.professional = text(r.value("professional", true), r.path(latin("professional")));
        if (patientRequired || r.has("patient"))
            out.patient = text(r.value("patient", true), r.path(latin("patient")));
        r.finish();
        return out;
    }

    QStringList evidence(Reader& r, bool required = true)
    {
        const QStringList labels = r.strings("evidence", required);
        for (qsizetype i = 0; i < labels.size(); ++i) {
            if (!m_kb.references.contains(labels.at(i)))
                m_problems.append(
                    {QStringLiteral("%1[%2]").arg(r.path(latin("evidence"))).arg(i),
                     QStringLiteral("evidence label '%1' is not in the reference list").arg(labels.at(i))});
        }
        if (required && labels.isEmpty() && r.has("evidence"))
            m_problems.append({r.path(latin("evidence")), QStringLiteral("needs at least one source")});
        return labels;
    }

    // `approved` is a sign-off by a named clinician of the using site: recorded there, never shipped.
    // `source_checked` needs at least one cited source whose status in the reference list is `checked`.
    QString review(Reader& r, const QStringList& labels)
    {
        const QJsonValue v = r.value("review", false);
        if (v.toString() == QLatin1String("approved")) {
            r.error(r.path(latin("review")),
                    QStringLiteral("'approved' is a local clinician sign-off and never ships in a knowledge base; "
                                   "allowed: %1")
                        .arg(vocab::reviewStates().join(QStringLiteral(", "))));
            return QString();
        }
        const QString state = r.string("review", true, vocab::reviewStates());
        if (state == QLatin1String("source_checked") &&
            std::none_of(labels.cbegin(), labels.cend(), [this](const QString& label) {
                return m_kb.referenceStatus.value(label) == QLatin1String("checked");
            }))
            r.error(r.path(latin("review")),
                    QStringLiteral("source_checked needs a cited source whose status is 'checked' (cited: %1)")
                        .arg(labels.join(QStringLiteral(", "))));
        return state;
    }

    QString therapy(Reader& r)
    {
        const QString code = r.string("therapy");
        if (!code.isEmpty() && !m_kb.therapies.contains(code))
            r.error(r.path(latin("therapy")), QStringLiteral("'%1' is not in the therapy list").arg(code));
        return code;
    }

    Condition condition(Reader& r, const char* key = "when", bool required = true)
    {
        const QJsonValue v = r.value(key, required);
        if (v.isUndefined())
            return Condition::compile(QJsonValue(QJsonValue::Undefined), QString(), *m_kb.schema, m_problems);
        return Condition::compile(v, r.path(latin(key)), *m_kb.schema, m_problems);
    }

    void checkUnique(QSet<QString>& seen, const QString& id, const QString& path)
    {
        if (id.isEmpty())
            return;
        if (seen.contains(id))
            m_problems.append({path, QStringLiteral("id '%1' is used twice").arg(id)});
        seen.insert(id);
    }

    // label → {citation, status}: how far the cited statement was read in the source (clinical.md,
    // References). Only `checked` sources can make an entry `source_checked`.
    void references(const QJsonValue& v)
    {
        if (!v.isObject()) {
            m_problems.append(
                {latin("references"), QStringLiteral("must be an object: label → {citation, status}")});
            return;
        }
        const QJsonObject obj = v.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            Reader r(it.value(), latin("references.") + it.key(), m_problems);
            const QString citation = r.string("citation");
            const QString status = r.string("status", true, vocab::referenceStatuses());
            r.finish();
            m_kb.references.insert(it.key(), citation);
            m_kb.referenceStatus.insert(it.key(), status);
        }
    }

    // The knowledge base's own clinical-review state. A shipped knowledge base says "none": a
    // clinician's sign-off is recorded by the using site, not written into the file.
    void clinicalReview(const QJsonValue& v)
    {
        Reader r(v, latin("clinicalReview"), m_problems);
        m_kb.clinicalReviewStatus = r.string("status", true, {latin("none")});
        m_kb.clinicalReviewStatement = text(r.value("statement", true), r.path(latin("statement")));
        r.finish();
    }

    // An entry that depends on another therapy comes after every entry of it (clinical.md §9 Order).
    void checkDependencies()
    {
        for (qsizetype i = 0; i < m_kb.recommendations.size(); ++i) {
            const KbRecommendation& e = m_kb.recommendations.at(i);
            if (e.dependsOn.isEmpty())
                continue;
            const QString path = at(latin("recommendations"), i) + latin(".dependsOn");
            if (e.dependsOn == e.therapy)
                m_problems.append({path, QStringLiteral("a therapy cannot depend on itself")});
            bool found = false;
            for (const KbRecommendation& target : std::as_const(m_kb.recommendations)) {
                if (target.therapy != e.dependsOn)
                    continue;
                found = true;
                if (!target.dependsOn.isEmpty())
                    m_problems.append({path, QStringLiteral("'%1' depends on another therapy itself; one level only")
                                                 .arg(e.dependsOn)});
                if (target.priority >= e.priority)
                    m_problems.append({path, QStringLiteral("priority %1 must be later than %2 of '%3' (entry %4)")
                                                 .arg(e.priority)
                                                 .arg(target.priority)
                                                 .arg(e.dependsOn, target.id)});
            }
            if (!found)
                m_problems.append(
                    {path, QStringLiteral("'%1' is recommended by no entry of this knowledge base").arg(e.dependsOn)});
        }
    }

    void therapies(const QJsonValue& v)
    {
        if (!v.isObject()) {
            m_problems.append({latin("therapies"), QStringLiteral("must be an object: code → therapy")});
            return;
        }
        const QJsonObject obj = v.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const QString path = latin("therapies.") + it.key();
            if (!vocab::therapyCodes().contains(it.key()))
                m_problems.append({path, QStringLiteral("'%1' is not a therapy code of the plan format; allowed: %2")
                                             .arg(it.key(), vocab::therapyCodes().join(QStringLiteral(", ")))});
            Reader r(it.value(), path, m_problems);
            KbTherapy t;
            t.code = it.key();
            t.name = text(r.value("name", true), r.path(latin("name")));
            t.kind = r.string("kind", true,
                              {latin("antitumour"), latin("symptomatic"), latin("procedure"), latin("supportive")});
            t.fixedCourse = r.boolean("fixedCourse", false);
            t.classes = r.strings("classes", false);
            r.finish();
            m_kb.therapies.insert(t.code, t);
            m_kb.therapyCodes << t.code;
        }
    }

    void grading(const QJsonValue& v)
    {
        Reader r(v, latin("grading"), m_problems);
        GradingRules& g = m_kb.grading;
        g.ki67G1Below = r.number("ki67G1Below");
        g.ki67G2UpTo = r.number("ki67G2UpTo");
        g.mitosesG1Below = r.number("mitosesG1Below");
        g.mitosesG2UpTo = r.number("mitosesG2UpTo");
        g.lungTypicalBelow = r.number("lungTypicalBelow");
        g.lungAtypicalUpTo = r.number("lungAtypicalUpTo");
        g.ki67NearWithin = r.number("ki67NearWithin");
        g.conflictKi67UpTo = r.number("conflictKi67UpTo");
        g.conflictMitosesUpTo = r.number("conflictMitosesUpTo");
        g.conflictLungMitosesUpTo = r.number("conflictLungMitosesUpTo");
        const QJsonArray cutoffs = r.array("ki67Cutoffs", true);
        for (qsizetype i = 0; i < cutoffs.size(); ++i) {
            if (!cutoffs.at(i).isDouble())
                r.error(at(r.path(latin("ki67Cutoffs")), i), QStringLiteral("must be a number"));
            g.ki67Cutoffs << cutoffs.at(i).toDouble();
        }
        if (g.ki67G1Below > g.ki67G2UpTo || g.mitosesG1Below > g.mitosesG2UpTo ||
            g.lungTypicalBelow > g.lungAtypicalUpTo)
            r.error(latin("grading"), QStringLiteral("cut-offs must rise from G1 to G3"));
        m_kb.gradingEvidence = evidence(r);
        r.finish();
    }

    // Readable names of the case's facts and of their values, by language, for explanation lines
    // ("SSTR imaging = positive" rather than "sstrImaging = positive"). Therapy codes are named by
    // the therapies' own names.
    void factLabels(const QJsonArray& arr)
    {
        for (const QString& fact : {QStringLiteral("priorTherapies"), QStringLiteral("recommended")}) {
            const int index = m_kb.schema->indexOf(fact);
            for (auto it = m_kb.therapies.cbegin(); index >= 0 && it != m_kb.therapies.cend(); ++it)
                m_kb.schema->at(index).valueLabels.insert(it.key(), it->name.byLanguage);
        }
        for (qsizetype i = 0; i < arr.size(); ++i) {
            Reader r(arr.at(i), at(latin("factLabels"), i), m_problems);
            const QString name = r.string("name");
            const LocalText label = text(r.value("label", true), r.path(latin("label")));
            const QString unit = r.string("unit", false, {QStringLiteral("%"), QStringLiteral("cm")});
            const QJsonValue values = r.value("values", false);
            r.finish();
            const int index = m_kb.schema->indexOf(name);
            if (index < 0 || m_kb.schema->at(index).derived) {
                r.error(r.path(latin("name")), QStringLiteral("'%1' is not a fact of the case format").arg(name));
                continue;
            }
            FactDefinition& def = m_kb.schema->at(index);
            def.label = label.get(m_kb.languages.value(0));
            def.labels = label.byLanguage;
            def.unit = unit;
            const QJsonObject valueObject = values.toObject();
            if (!values.isUndefined() && !values.isObject())
                r.error(r.path(latin("values")), QStringLiteral("must be an object of value code -> texts"));
            for (auto it = valueObject.begin(); it != valueObject.end(); ++it) {
                const QString valuePath = r.path(latin("values")) + QLatin1Char('.') + it.key();
                if (!def.allowedValues.isEmpty() && !def.allowedValues.contains(it.key()))
                    r.error(valuePath, QStringLiteral("'%1' is not a value of %2; allowed: %3")
                                           .arg(it.key(), name, def.allowedValues.join(QStringLiteral(", "))));
                def.valueLabels.insert(it.key(), text(it.value(), valuePath).byLanguage);
            }
        }
    }

    void derivedFacts(const QJsonArray& arr)
    {
        for (qsizetype i = 0; i < arr.size(); ++i) {
            Reader r(arr.at(i), at(latin("facts"), i), m_problems);
            const QString name = r.string("name");
            LocalText label = text(r.value("label", true), r.path(latin("label")));
            // The condition may name earlier facts only, so compile it before adding this one.
            KbDerivedFact fact;
            fact.when = condition(r);
            r.finish();
            if (name.isEmpty())
                continue;
            if (m_kb.schema->indexOf(name) >= 0) {
                r.error(r.path(latin("name")), QStringLiteral("'%1' is already a fact").arg(name));
                continue;
            }
            FactDefinition def;
            def.name = name;
            def.type = FactType::Boolean;
            def.derived = true;
            def.secondPass = fact.when.usesSecondPass();
            def.label = label.get(m_kb.languages.value(0));
            def.labels = label.byLanguage;
            fact.factIndex = m_kb.schema->add(def);
            m_kb.derivedFacts << std::move(fact);
        }
    }

    QList<KbNote> notes(Reader& r)
    {
        QList<KbNote> out;
        const QJsonArray arr = r.array("notes", false);
        for (qsizetype i = 0; i < arr.size(); ++i) {
            Reader n(arr.at(i), at(r.path(latin("notes")), i), m_problems);
            KbNote note;
            note.when = condition(n, "when", false);
            note.text = audienceText(n.value("text", true), n.path(latin("text")), false);
            note.evidence = evidence(n);
            note.review = review(n, note.evidence);
            n.finish();
            out << std::move(note);
        }
        return out;
    }

    void recommendations(const QJsonArray& arr)
    {
        QSet<QString> ids;
        for (qsizetype i = 0; i < arr.size(); ++i) {
            Reader r(arr.at(i), at(latin("recommendations"), i), m_problems);
            KbRecommendation e;
            e.id = r.string("id");
            checkUnique(ids, e.id, r.path(latin("id")));
            e.therapy = therapy(r);
            e.role = r.string("role", false, vocab::roles());
            e.strength = r.string("strength", true, vocab::strengths());
            e.when = condition(r);
            e.text = audienceText(r.value("text", true), r.path(latin("text")));
            if (r.has("regimen"))
                e.regimen = text(r.value("regimen", false), r.path(latin("regimen")));
            e.evidence = evidence(r);
            e.review = review(r, e.evidence);
            e.notes = notes(r);
            e.keepWhenProgressing = r.boolean("keepWhenProgressing", false);
            e.strengthCap = r.boolean("strengthCap", false);
            const QJsonValue priority = r.value("priority", true);
            e.priority = priority.toInt(0);
            if (!priority.isUndefined() && (!priority.isDouble() || priority.toDouble() != e.priority || e.priority < 1))
                r.error(r.path(latin("priority")), QStringLiteral("must be a whole number, 1 or more"));
            if (r.has("dependsOn")) {
                e.dependsOn = r.string("dependsOn");
                if (!e.dependsOn.isEmpty() && !m_kb.therapies.contains(e.dependsOn))
                    r.error(r.path(latin("dependsOn")),
                            QStringLiteral("'%1' is not in the therapy list").arg(e.dependsOn));
            }
            e.hasPlaceFirst = r.has("placeFirst");
            e.placeFirst = condition(r, "placeFirst", false);
            r.finish();
            m_kb.recommendations << std::move(e);
        }
    }

    void avoid(const QJsonArray& arr)
    {
        QSet<QString> ids;
        for (qsizetype i = 0; i < arr.size(); ++i) {
            Reader r(arr.at(i), at(latin("avoid"), i), m_problems);
            KbAvoid e;
            e.id = r.string("id");
            checkUnique(ids, e.id, r.path(latin("id")));
            e.therapy = therapy(r);
            e.severity = r.string("severity", true, vocab::avoidSeverities());
            e.when = condition(r);
            e.reason = audienceText(r.value("reason", true), r.path(latin("reason")));
            e.evidence = evidence(r);
            e.review = review(r, e.evidence);
            r.finish();
            m_kb.avoid << std::move(e);
        }
    }

    void warnings(const QJsonArray& arr)
    {
        QSet<QString> ids;
        for (qsizetype i = 0; i < arr.size(); ++i) {
            Reader r(arr.at(i), at(latin("warnings"), i), m_problems);
            KbWarning e;
            e.id = r.string("id");
            checkUnique(ids, e.id, r.path(latin("id")));
            e.code = r.string("code");
            if (!e.code.isEmpty() && !vocab::warningCodes().contains(e.code))
                r.error(r.path(latin("code")),
                        QStringLiteral("'%1' is not a warning code of the plan format; allowed: %2")
                            .arg(e.code, vocab::warningCodes().join(QStringLiteral(", "))));
            e.severity = r.string("severity", true, vocab::warningSeverities());
            e.when = condition(r);
            e.message = audienceText(r.value("message", true), r.path(latin("message")));
            e.evidence = evidence(r);
            e.review = review(r, e.evidence);
            r.finish();
            m_kb.warnings << std::move(e);
        }
    }

    void factors(const QJsonArray& arr)
    {
        QSet<QString> codes;
        for (qsizetype i = 0; i < arr.size(); ++i) {
            Reader r(arr.at(i), at(latin("prognosis.factors"), i), m_problems);
            KbFactor e;
            e.code = r.string("code");
            checkUnique(codes, e.code, r.path(latin("code")));
            if (!e.code.isEmpty() && !vocab::factorCodes().contains(e.code))
                r.error(r.path(latin("code")),
                        QStringLiteral("'%1' is not an adverse factor code of the plan format; allowed: %2")
                            .arg(e.code, vocab::factorCodes().join(QStringLiteral(", "))));
            e.when = condition(r);
            e.label = audienceText(r.value("label", true), r.path(latin("label")));
            e.evidence = evidence(r);
            e.review = review(r, e.evidence);
            r.finish();
            m_kb.factors << std::move(e);
        }
    }

    void outcomes(const QJsonArray& arr)
    {
        QSet<QString> ids;
        for (qsizetype i = 0; i < arr.size(); ++i) {
            Reader r(arr.at(i), at(latin("prognosis.referenceOutcomes"), i), m_problems);
            KbOutcome e;
            e.id = r.string("id");
            checkUnique(ids, e.id, r.path(latin("id")));
            e.when = condition(r);
            e.label = text(r.value("label", true), r.path(latin("label")));
            e.value = text(r.value("value", true), r.path(latin("value")));
            if (r.has("caveat"))
                e.caveat = text(r.value("caveat", false), r.path(latin("caveat")));
            e.evidence = evidence(r);
            e.review = review(r, e.evidence);
            e.patientVisible = r.boolean("patientVisible", true);
            // Every outcome a patient may see has plain words of its own; one without them is hidden.
            if (r.has("patientText")) {
                e.patientText = text(r.value("patientText", false), r.path(latin("patientText")));
                if (!e.patientVisible)
                    r.error(r.path(latin("patientText")), QStringLiteral("given although patientVisible is false"));
            } else if (e.patientVisible) {
                r.error(r.path(latin("patientText")),
                        QStringLiteral("missing; an outcome without patient wording needs patientVisible: false"));
            }
            r.finish();
            m_kb.outcomes << std::move(e);
        }
    }

    void adjustments(const QJsonArray& arr)
    {
        QSet<QString> ids;
        QSet<QString> classes;
        for (const KbTherapy& t : std::as_const(m_kb.therapies))
            for (const QString& c : t.classes)
                classes.insert(c);
        for (qsizetype i = 0; i < arr.size(); ++i) {
            Reader r(arr.at(i), at(latin("adjustments"), i), m_problems);
            KbAdjustment e;
            e.id = r.string("id");
            checkUnique(ids, e.id, r.path(latin("id")));
            e.when = condition(r);
            e.therapyClass = r.string("therapyClass");
            if (!e.therapyClass.isEmpty() && !classes.contains(e.therapyClass))
                r.error(r.path(latin("therapyClass")),
                        QStringLiteral("'%1' is not a class of any therapy").arg(e.therapyClass));
            e.strength = r.string("strength", true, vocab::strengths());
            e.reason = text(r.value("reason", true), r.path(latin("reason")));
            r.finish();
            m_kb.adjustments << std::move(e);
        }
    }

    void protocols(const QJsonArray& arr)
    {
        QSet<QString> ids;
        for (qsizetype i = 0; i < arr.size(); ++i) {
            Reader r(arr.at(i), at(latin("protocols"), i), m_problems);
            KbProtocol p;
            p.id = r.string("id");
            checkUnique(ids, p.id, r.path(latin("id")));
            p.title = text(r.value("title", true), r.path(latin("title")));
            p.evidence = evidence(r);
            p.review = review(r, p.evidence);
            const QJsonArray items = r.array("items", true);
            for (qsizetype j = 0; j < items.size(); ++j)
                p.items << item(items.at(j), at(r.path(latin("items")), j));
            r.finish();
            m_kb.protocols << std::move(p);
        }
    }

    QList<KbReason> reasons(Reader& r)
    {
        QList<KbReason> out;
        const QJsonArray arr = r.array("reasons", false);
        for (qsizetype i = 0; i < arr.size(); ++i) {
            Reader reason(arr.at(i), at(r.path(latin("reasons")), i), m_problems);
            KbReason e;
            e.when = condition(reason, "when", false);
            e.text = text(reason.value("text", true), reason.path(latin("text")));
            reason.finish();
            out << std::move(e);
        }
        return out;
    }

    KbFollowUpItem item(const QJsonValue& v, const QString& path)
    {
        Reader r(v, path, m_problems);
        KbFollowUpItem it;
        it.id = r.string("id");
        it.kind = r.string("kind", true, {latin("labs"), latin("imaging")});
        it.when = condition(r, "when", false);
        if (it.kind == QLatin1String("labs")) {
            const QJsonArray tests = r.array("tests", true);
            for (qsizetype i = 0; i < tests.size(); ++i) {
                Reader t(tests.at(i), at(r.path(latin("tests")), i), m_problems);
                KbTest test;
                test.code = t.string("code", true, vocab::labTests());
                test.when = condition(t, "when", false);
                test.reasons = reasons(t);
                test.notes = notes(t);
                t.finish();
                it.tests << std::move(test);
            }
        } else {
            it.modalities = r.strings("modalities", true);
            it.reasons = reasons(r);
            for (const QString& m : std::as_const(it.modalities)) {
                if (!vocab::imagingModalities().contains(m))
                    r.error(r.path(latin("modalities")),
                            QStringLiteral("'%1' is not allowed; allowed: %2")
                                .arg(m, vocab::imagingModalities().join(QStringLiteral(", "))));
            }
        }
        const QJsonArray intervals = r.array("intervals", true);
        if (intervals.isEmpty())
            r.error(r.path(latin("intervals")), QStringLiteral("needs at least one interval"));
        for (qsizetype i = 0; i < intervals.size(); ++i) {
            Reader iv(intervals.at(i), at(r.path(latin("intervals")), i), m_problems);
            KbInterval interval;
            interval.when = condition(iv, "when", false);
            const double months = iv.number("months");
            interval.months = static_cast<int>(months);
            if (months != interval.months)
                iv.error(iv.path(latin("months")), QStringLiteral("must be a whole number of months"));
            else if (interval.months < 1)
                iv.error(iv.path(latin("months")), QStringLiteral("must be at least 1"));
            const QJsonArray periods = iv.array("periods", false);
            for (qsizetype p = 0; p < periods.size(); ++p) {
                Reader period(periods.at(p), at(iv.path(latin("periods")), p), m_problems);
                const SchedulePeriod sp{static_cast<int>(period.number("untilYear")),
                                        static_cast<int>(period.number("months"))};
                period.finish();
                if (sp.months < 1 || sp.untilYear < 1 ||
                    (!interval.periods.isEmpty() && sp.untilYear <= interval.periods.back().untilYear))
                    period.error(at(iv.path(latin("periods")), p),
                                 QStringLiteral("periods need months >= 1 and a rising untilYear"));
                interval.periods << sp;
            }
            if (!interval.periods.isEmpty() && interval.periods.front().months != interval.months)
                iv.error(iv.path(latin("periods")), QStringLiteral("the first period's months must equal 'months'"));
            interval.schedule = text(iv.value("schedule", true), iv.path(latin("schedule")));
            interval.evidence = evidence(iv);
            interval.review = review(iv, interval.evidence);
            iv.finish();
            it.intervals << std::move(interval);
        }
        it.reason = audienceText(r.value("reason", true), r.path(latin("reason")));
        it.evidence = evidence(r);
        it.review = review(r, it.evidence);
        r.finish();
        return it;
    }

    KnowledgeBase& m_kb;
    Problems& m_problems;
};

} // namespace

Result<KnowledgeBasePtr> KnowledgeBase::load(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Problems{{QStringLiteral("knowledge base"),
                         QStringLiteral("not valid JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset)}};
    if (!doc.isObject())
        return Problems{{QStringLiteral("knowledge base"), QStringLiteral("must be a JSON object")}};
    auto kb = std::make_shared<KnowledgeBase>();
    Problems problems;
    Loader(*kb, problems).run(doc.object());
    if (!problems.isEmpty())
        return problems;
    kb->sha256 = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    return KnowledgeBasePtr(std::move(kb));
}

Result<KnowledgeBasePtr> KnowledgeBase::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Problems{{path, QStringLiteral("cannot read the knowledge base (%1)").arg(file.errorString())}};
    return load(file.readAll());
}

QString KnowledgeBase::embeddedPath()
{
    return QStringLiteral(":/knowledge/netdesk-kb.json");
}

Result<KnowledgeBasePtr> KnowledgeBase::loadEmbedded()
{
    return loadFile(embeddedPath());
}

const KbProtocol* KnowledgeBase::protocol(const QString& protocolId) const
{
    for (const KbProtocol& p : protocols) {
        if (p.id == protocolId)
            return &p;
    }
    return nullptr;
}

QMap<QString, int> KnowledgeBase::reviewCounts() const
{
    QMap<QString, int> counts;
    const auto add = [&counts](const auto& list) {
        for (const auto& item : list)
            ++counts[item.review];
    };
    add(recommendations);
    add(avoid);
    add(warnings);
    add(factors);
    add(outcomes);
    add(protocols);
    for (const KbProtocol& p : protocols)
        add(p.items);
    return counts;
}

QStringList KnowledgeBase::protocolIds() const
{
    QStringList ids;
    for (const KbProtocol& p : protocols)
        ids << p.id;
    return ids;
}

} // namespace netdesk
