#include "core/registry/LabTests.h"

#include "core/StrictJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

namespace netdesk {

namespace {

// The kinds the results table accepts (schema CHECK); a test outside them could not be stored.
const QStringList storableTests{QStringLiteral("CGA"), QStringLiteral("5HIAA"), QStringLiteral("NTPROBNP")};
const QStringList recistCodes{QStringLiteral("CR"), QStringLiteral("PR"), QStringLiteral("SD"), QStringLiteral("PD"),
                              QStringLiteral("NE")};

class Loader final
{
public:
    explicit Loader(LabTests& out)
        : m_out(out)
    {
    }
    Problems problems() const { return m_problems; }
    void error(const QString& where, const QString& message) { m_problems.append({where, message}); }

    void keys(const QJsonObject& o, const QString& path, const QStringList& allowed, const QStringList& required)
    {
        strict::unknownKeys(o, path, allowed, m_problems);
        for (const QString& k : required) {
            if (!o.contains(k))
                error(path + u'.' + k, QStringLiteral("missing"));
        }
    }

    QHash<QString, QString> texts(const QJsonValue& v, const QString& path)
    {
        return strict::localTexts(v, path, m_out.languages, m_problems);
    }

    void run(const QJsonObject& root)
    {
        keys(root, QStringLiteral("$"),
             {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("description"),
              QStringLiteral("languages"), QStringLiteral("tests"), QStringLiteral("imaging")},
             {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("languages"), QStringLiteral("tests"),
              QStringLiteral("imaging")});
        if (root.value(QStringLiteral("format")).toString() != QLatin1String("netdesk.lab-tests/1"))
            error(QStringLiteral("format"), QStringLiteral("must be \"netdesk.lab-tests/1\""));
        m_out.version = root.value(QStringLiteral("version")).toString();
        for (const QJsonValue& l : root.value(QStringLiteral("languages")).toArray())
            m_out.languages << l.toString();
        if (m_out.languages.isEmpty())
            error(QStringLiteral("languages"), QStringLiteral("must name at least one language"));
        const QJsonArray tests = root.value(QStringLiteral("tests")).toArray();
        for (qsizetype i = 0; i < tests.size(); ++i) {
            const QString path = QStringLiteral("tests[%1]").arg(i);
            const QJsonObject t = tests.at(i).toObject();
            keys(t, path, {QStringLiteral("code"), QStringLiteral("label"), QStringLiteral("units")},
                 {QStringLiteral("code"), QStringLiteral("label"), QStringLiteral("units")});
            LabTest test;
            test.code = t.value(QStringLiteral("code")).toString();
            if (!storableTests.contains(test.code))
                error(path + QStringLiteral(".code"),
                      QStringLiteral("'%1' cannot be stored; allowed: %2").arg(test.code, storableTests.join(u", ")));
            if (m_out.test(test.code))
                error(path + QStringLiteral(".code"), QStringLiteral("'%1' is listed twice").arg(test.code));
            test.label = texts(t.value(QStringLiteral("label")), path + QStringLiteral(".label"));
            const QJsonArray units = t.value(QStringLiteral("units")).toArray();
            if (units.isEmpty())
                error(path + QStringLiteral(".units"), QStringLiteral("must list at least one unit"));
            QStringList spellings;
            for (qsizetype k = 0; k < units.size(); ++k) {
                const QString upath = path + QStringLiteral(".units[%1]").arg(k);
                const QJsonObject u = units.at(k).toObject();
                keys(u, upath, {QStringLiteral("unit"), QStringLiteral("aliases"), QStringLiteral("help")},
                     {QStringLiteral("unit"), QStringLiteral("help")});
                LabUnit unit;
                unit.unit = u.value(QStringLiteral("unit")).toString();
                if (unit.unit.trimmed().isEmpty() || unit.unit != unit.unit.trimmed())
                    error(upath + QStringLiteral(".unit"), QStringLiteral("must be a non-empty unit without "
                                                                          "surrounding spaces"));
                for (const QJsonValue& a : u.value(QStringLiteral("aliases")).toArray())
                    unit.aliases << a.toString();
                for (const QString& s : QStringList{unit.unit} + unit.aliases) {
                    if (spellings.contains(s))
                        error(upath, QStringLiteral("'%1' is listed twice for %2").arg(s, test.code));
                    spellings << s;
                }
                unit.help = texts(u.value(QStringLiteral("help")), upath + QStringLiteral(".help"));
                test.units << unit;
            }
            m_out.tests << test;
        }
        const QJsonObject imaging = root.value(QStringLiteral("imaging")).toObject();
        keys(imaging, QStringLiteral("imaging"), {QStringLiteral("label"), QStringLiteral("responses")},
             {QStringLiteral("label"), QStringLiteral("responses")});
        m_out.imagingLabel = texts(imaging.value(QStringLiteral("label")), QStringLiteral("imaging.label"));
        const QJsonArray responses = imaging.value(QStringLiteral("responses")).toArray();
        for (qsizetype i = 0; i < responses.size(); ++i) {
            const QString path = QStringLiteral("imaging.responses[%1]").arg(i);
            const QJsonObject r = responses.at(i).toObject();
            keys(r, path, {QStringLiteral("code"), QStringLiteral("label")},
                 {QStringLiteral("code"), QStringLiteral("label")});
            RecistResponse response{r.value(QStringLiteral("code")).toString(),
                                    texts(r.value(QStringLiteral("label")), path + QStringLiteral(".label"))};
            if (!recistCodes.contains(response.code))
                error(path + QStringLiteral(".code"), QStringLiteral("'%1' is not a RECIST 1.1 category; allowed: %2")
                                                          .arg(response.code, recistCodes.join(u", ")));
            m_out.responses << response;
        }
        for (const QString& code : recistCodes) {
            if (!m_out.responseCodes().contains(code))
                error(QStringLiteral("imaging.responses"), QStringLiteral("'%1' is missing").arg(code));
        }
    }

private:
    LabTests& m_out;
    Problems m_problems;
};

} // namespace

QStringList LabTest::unitNames() const
{
    QStringList out;
    for (const LabUnit& u : units)
        out << u.unit;
    return out;
}

QString LabTest::canonicalUnit(const QString& text) const
{
    const QString t = text.trimmed();
    for (const LabUnit& u : units) {
        if (u.unit == t || u.aliases.contains(t))
            return u.unit;
    }
    return {};
}

const LabTest* LabTests::test(const QString& code) const
{
    for (const LabTest& t : tests) {
        if (t.code == code)
            return &t;
    }
    return nullptr;
}

QStringList LabTests::responseCodes() const
{
    QStringList out;
    for (const RecistResponse& r : responses)
        out << r.code;
    return out;
}

QString LabTests::responseLabel(const QString& code, const QString& language) const
{
    for (const RecistResponse& r : responses) {
        if (r.code == code)
            return r.label.value(language, r.label.value(QStringLiteral("en")));
    }
    return code;
}

Result<std::shared_ptr<const LabTests>> LabTests::load(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Problems{{QStringLiteral("$"), QStringLiteral("not a JSON object: %1").arg(parseError.errorString())}};
    auto out = std::make_shared<LabTests>();
    Loader loader(*out);
    loader.run(doc.object());
    if (!loader.problems().isEmpty())
        return loader.problems();
    return std::shared_ptr<const LabTests>(std::move(out));
}

Result<std::shared_ptr<const LabTests>> LabTests::embedded()
{
    static QMutex mutex;
    static std::shared_ptr<const LabTests> cached;
    const QMutexLocker lock(&mutex);
    if (cached)
        return cached;
    QFile file(QStringLiteral(":/registry/lab-tests.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Problems{{file.fileName(), QStringLiteral("cannot be read"), true}};
    auto loaded = load(file.readAll());
    if (!loaded.ok()) {
        Problems problems = loaded.problems();
        for (Problem& p : problems)
            p.failure = true;
        return problems;
    }
    cached = loaded.value();
    return cached;
}

} // namespace netdesk
