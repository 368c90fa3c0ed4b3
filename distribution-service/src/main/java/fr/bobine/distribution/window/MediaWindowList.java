package fr.bobine.distribution.window;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.distribution.window.MediaWindowDtos.MediaWindowDto;

@Schema(name = "MediaWindowList", description = "Media chronology windows")
public record MediaWindowList(List<MediaWindowDto> items) {
}
