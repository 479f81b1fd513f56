#pragma once

#include "ParquetFileWriter.h"
#include "ProfileParquetLayout.h"
#include "RecordSerializer.h"

namespace Emulator {

// Profiles as a Spark job of the platform writes them: snappy-compressed Parquet parts
// whose schema is the job's fields pruned from the XDM profile (ProfileParquetLayout).
class ParquetSerializer final : public RecordSerializer
{
public:
    explicit ParquetSerializer(const SerializerSetup &setup);

    const char *suffix() const override { return "snappy.parquet"; }
    bool beginFile(ByteSink &sink) override;
    bool write(const ProfileRecord &record) override;
    bool finishFile() override;

    const ProfileParquetLayout &layout() const { return m_layout; }

private:
    void writeIdentityMap(const ProfileRecord &r);
    void writeMemberships(const ProfileRecord &r);
    void writeEvents(const ProfileRecord &r);
    LeafValue &value(ProfileSource source) { return m_values[int(source)]; }

    SerializerSetup m_setup;
    ProfileParquetLayout m_layout;
    ParquetFileWriter m_writer;
    LeafValue m_values[int(ProfileSource::Count)];
};

} // namespace Emulator
