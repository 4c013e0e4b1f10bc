package org.dropinkiosk.settings.editor.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dropinkiosk.config.KioskFiles;
import org.dropinkiosk.config.KioskYmlEditor;
import org.dropinkiosk.config.VenueSetting;
import org.dropinkiosk.config.VenueSettingsSaved;
import org.dropinkiosk.kiosk.BigButton;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.StaffLayout;
import org.dropinkiosk.kiosk.StaffPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Staff change the venue's settings in kiosk.yml: one field per setting with what it allows in words, Save writes
 * only the changed lines (over the version this page opened), and says which changes wait for a restart.
 */
@Route(value = "staff/settings", layout = StaffLayout.class)
@RolesAllowed(StaffPage.ROLE)
class VenueSettingsView extends Div implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(VenueSettingsView.class);

    private final Messages messages;
    private final KioskYmlEditor editor;
    private final ApplicationEventPublisher events;
    private final Map<VenueSetting, TextField> fields = new EnumMap<>(VenueSetting.class);
    private final Div said = new Div();
    private final BigButton save;
    private KioskYmlEditor.Opened opened;

    VenueSettingsView(Messages messages, KioskYmlEditor editor, ApplicationEventPublisher events) {
        this.messages = messages;
        this.editor = editor;
        this.events = events;
        addClassNames("staff-page", "staff-settings");
        H1 title = new H1(messages.get("settings.title"));
        title.addClassName("staff-heading");
        said.setId("settings-said");
        said.addClassName("staff-settings-said");
        said.getElement().setAttribute("role", "status");
        Div rows = new Div();
        rows.addClassName("staff-settings-rows");
        for (VenueSetting setting : VenueSetting.values()) {
            rows.add(row(setting));
        }
        save = new BigButton("save", messages.get("settings.save"), e -> save());
        save.addClassName("kiosk-button-small");
        save.setId("settings-save");
        BigButton again = new BigButton("change_mind", messages.get("settings.reload"), e -> load());
        again.addClassName("kiosk-button-small");
        again.setId("settings-reload");
        Div buttons = new Div(save, again);
        buttons.addClassName("staff-pronunciation-buttons");
        add(title, new Paragraph(messages.get("settings.intro")), rows, buttons, said);
        load();
    }

    private Div row(VenueSetting setting) {
        String name = setting.fileName();
        TextField field = new TextField(messages.get("settings.label." + name));
        field.setId("setting-" + name);
        field.addClassName("staff-audit-field");
        field.setAutocapitalize(Autocapitalize.NONE);
        String allowed = messages.get("settings.allowed", editor.allowed(setting));
        field.setHelperText(setting.live() ? allowed : allowed + " " + messages.get("settings.restart-for-this"));
        fields.put(setting, field);
        Div row = new Div(field);
        row.addClassName("staff-setting");
        return row;
    }

    private void load() {
        try {
            opened = editor.open();
        } catch (IOException e) {
            log.warn("kiosk.yml could not be opened: {}", e.toString());
            opened = null;
            save.setEnabled(false);
            tell(List.of(messages.get("settings.unopened")));
            return;
        }
        save.setEnabled(true);
        fields.forEach((setting, field) -> {
            field.setValue(opened.values().get(setting));
            field.setInvalid(false);
        });
        tell(List.of());
    }

    private void save() {
        if (opened == null) {
            return;
        }
        Map<VenueSetting, String> typed = new EnumMap<>(VenueSetting.class);
        fields.forEach((setting, field) -> typed.put(setting, field.getValue()));
        Map<VenueSetting, String> mistakes = editor.check(typed);
        fields.forEach((setting, field) -> {
            field.setInvalid(mistakes.containsKey(setting));
            field.setErrorMessage(mistakes.get(setting));
        });
        if (!mistakes.isEmpty()) {
            tell(List.of(messages.get("settings.not-saved")));
            return;
        }
        try {
            Map<VenueSetting, String[]> changed = editor.save(opened, typed);
            if (changed.isEmpty()) {
                tell(List.of(messages.get("settings.nothing-changed")));
                return;
            }
            events.publishEvent(new VenueSettingsSaved(changes(changed)));
            boolean restart = changed.keySet().stream().anyMatch(s -> !s.live());
            opened = editor.open();
            tell(List.of(messages.get(restart ? "settings.saved-restart" : "settings.saved")));
        } catch (KioskFiles.ChangedOnDisk e) {
            tell(List.of(messages.get("settings.changed-on-disk")));
        } catch (IOException e) {
            log.warn("kiosk.yml could not be saved: {}", e.toString());
            tell(List.of(messages.get("settings.not-written")));
        }
    }

    /** Settings are not personal, so the audit line keeps what changed from what to what. */
    private static String changes(Map<VenueSetting, String[]> changed) {
        return changed.entrySet().stream()
                .map(c -> c.getKey().fileName() + " " + c.getValue()[0] + " -> " + c.getValue()[1])
                .collect(Collectors.joining("; "));
    }

    private void tell(List<String> sentences) {
        said.removeAll();
        sentences.forEach(s -> said.add(new Paragraph(s)));
    }

    @Override
    public String getPageTitle() {
        return messages.get("settings.page-title");
    }
}
