package jp.spamcenter.web.pages.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import jp.spamcenter.advice.api.Directory;
import jp.spamcenter.advice.api.Directory.Carrier;
import jp.spamcenter.advice.api.Directory.ConsumerCenter;
import jp.spamcenter.advice.api.Directory.ForeignAgency;
import jp.spamcenter.advice.api.Directory.ImportResult;
import jp.spamcenter.advice.api.Directory.RowError;
import jp.spamcenter.advice.api.DirectoryRejected;
import jp.spamcenter.web.pages.shared.Texts;

/**
 * The administrators' directory of partners: consumer centers, carriers and agencies abroad, imported from
 * CSV files (every bad row named, the good ones kept), added one by one, removed.
 */
@Named
@ViewScoped
public class DirectoryAdmin implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_CSV_BYTES = 5L * 1024 * 1024;

    @Inject
    jp.spamcenter.web.pages.staff.StaffSession session;

    @Inject
    jp.spamcenter.web.staff.AdminLog adminLog;

    @Inject
    Directory directory;

    private transient Part centersFile;
    private transient Part carriersFile;
    private transient Part agenciesFile;
    private List<RowError> importErrors = List.of();
    private CenterForm center = new CenterForm();

    public void importCenters() {
        importFrom(centersFile, "directory:centersFile", directory::importConsumerCenters);
    }

    public void importCarriers() {
        importFrom(carriersFile, "directory:carriersFile", directory::importCarriers);
    }

    public void importAgencies() {
        importFrom(agenciesFile, "directory:agenciesFile", directory::importAgencies);
    }

    private void importFrom(Part file, String field, Function<Reader, ImportResult> importer) {
        importErrors = List.of();
        if (file == null || file.getSize() == 0) {
            Texts.error(field, "directory.import.empty");
            return;
        }
        if (file.getSize() > MAX_CSV_BYTES) {
            Texts.error(field, "directory.import.tooLarge");
            return;
        }
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new BufferedReader(new InputStreamReader(file.getInputStream(), decoder))) {
            ImportResult result = importer.apply(reader);
            adminLog.record(
                    session.getUsername(),
                    "DIRECTORY_IMPORTED",
                    field.substring(field.indexOf(':') + 1) + ": " + result.imported() + " rows");
            importErrors = result.errors();
            Texts.info(
                    "directory.import.done", result.imported(), result.errors().size());
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                Texts.error(field, "directory.import.notUtf8");
            } else {
                Texts.error(field, "directory.import.unreadable");
            }
        } catch (IOException e) {
            Texts.error(field, "directory.import.unreadable");
        }
    }

    public void addCenter() {
        try {
            var saved = directory.save(center.toCenter());
            adminLog.record(session.getUsername(), "DIRECTORY_SAVED", saved.name());
            Texts.info("directory.saved", saved.name());
            center = new CenterForm();
        } catch (DirectoryRejected e) {
            Texts.error(null, "directory.rejected." + e.code());
        }
    }

    public void deleteCenter(long id) {
        directory.deleteConsumerCenter(id);
        adminLog.record(session.getUsername(), "DIRECTORY_DELETED", "consumer center " + id);
        Texts.info("directory.deleted");
    }

    public void deleteCarrier(long id) {
        directory.deleteCarrier(id);
        adminLog.record(session.getUsername(), "DIRECTORY_DELETED", "carrier " + id);
        Texts.info("directory.deleted");
    }

    public void deleteAgency(long id) {
        directory.deleteAgency(id);
        adminLog.record(session.getUsername(), "DIRECTORY_DELETED", "agency " + id);
        Texts.info("directory.deleted");
    }

    public List<ConsumerCenter> getCenters() {
        return directory.consumerCenters();
    }

    public List<Carrier> getCarriers() {
        return directory.carriers();
    }

    public List<ForeignAgency> getAgencies() {
        return directory.agencies();
    }

    public String getCenterHeader() {
        return String.join(",", Directory.CONSUMER_CENTER_HEADER);
    }

    public String getCarrierHeader() {
        return String.join(",", Directory.CARRIER_HEADER);
    }

    public String getAgencyHeader() {
        return String.join(",", Directory.AGENCY_HEADER);
    }

    public List<RowError> getImportErrors() {
        return importErrors;
    }

    public CenterForm getCenter() {
        return center;
    }

    /** The form for one new center (or for replacing the center of the same prefecture, municipality and name). */
    public static final class CenterForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String prefecture;
        private String municipality;
        private String name;
        private String phone;
        private String hours;
        private String web;
        private String email;

        ConsumerCenter toCenter() {
            return new ConsumerCenter(null, prefecture, municipality, name, phone, hours, web, email);
        }

        public String getPrefecture() {
            return prefecture;
        }

        public void setPrefecture(String prefecture) {
            this.prefecture = prefecture;
        }

        public String getMunicipality() {
            return municipality;
        }

        public void setMunicipality(String municipality) {
            this.municipality = municipality;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getHours() {
            return hours;
        }

        public void setHours(String hours) {
            this.hours = hours;
        }

        public String getWeb() {
            return web;
        }

        public void setWeb(String web) {
            this.web = web;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }

    public Part getCentersFile() {
        return centersFile;
    }

    public void setCentersFile(Part centersFile) {
        this.centersFile = centersFile;
    }

    public Part getCarriersFile() {
        return carriersFile;
    }

    public void setCarriersFile(Part carriersFile) {
        this.carriersFile = carriersFile;
    }

    public Part getAgenciesFile() {
        return agenciesFile;
    }

    public void setAgenciesFile(Part agenciesFile) {
        this.agenciesFile = agenciesFile;
    }
}
