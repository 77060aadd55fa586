package logsections

import (
	"reflect"
	"testing"
)

func TestSingleSection(t *testing.T) {
	got, err := Parse("section_start:1:fetch\nFetching\nsection_end:4:fetch")
	if err != nil {
		t.Fatalf("unexpected error: %v", err)
	}
	want := []Section{{Name: "fetch", Start: 1, End: 4, Depth: 0, Lines: 1}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestNestedSections(t *testing.T) {
	log := "section_start:10:build\ncompiling\nsection_start:12:tests\nok\nsection_end:15:tests\nsection_end:20:build"
	got, err := Parse(log)
	if err != nil {
		t.Fatalf("unexpected error: %v", err)
	}
	want := []Section{
		{Name: "build", Start: 10, End: 20, Depth: 0, Lines: 2},
		{Name: "tests", Start: 12, End: 15, Depth: 1, Lines: 1},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestMismatchedEndIsAnError(t *testing.T) {
	if _, err := Parse("section_start:1:a\nsection_end:2:b"); err == nil {
		t.Errorf("expected an error for section_end:b closing section a")
	}
}
