package pipeline

import (
	"errors"
	"reflect"
	"testing"
)

var stages = []string{"build", "test", "deploy"}

func TestStagesRunInOrder(t *testing.T) {
	s, err := Plan(stages, []Job{
		{Name: "compile", Stage: "build", Duration: 3},
		{Name: "lint", Stage: "build", Duration: 1},
		{Name: "unit", Stage: "test", Duration: 5},
		{Name: "integration", Stage: "test", Duration: 10},
		{Name: "production", Stage: "deploy", Duration: 2},
	})
	if err != nil {
		t.Fatalf("unexpected error: %v", err)
	}
	wantStart := map[string]int{"compile": 0, "lint": 0, "unit": 3, "integration": 3, "production": 13}
	if !reflect.DeepEqual(s.Start, wantStart) {
		t.Errorf("Start = %v, want %v", s.Start, wantStart)
	}
	if s.Duration != 15 {
		t.Errorf("Duration = %d, want 15", s.Duration)
	}
	if want := []string{"compile", "integration", "production"}; !reflect.DeepEqual(s.CriticalPath, want) {
		t.Errorf("CriticalPath = %v, want %v", s.CriticalPath, want)
	}
}

func TestNeedsLetAJobStartEarly(t *testing.T) {
	s, err := Plan(stages, []Job{
		{Name: "compile", Stage: "build", Duration: 3},
		{Name: "docs", Stage: "build", Duration: 8},
		{Name: "unit", Stage: "test", Needs: []string{"compile"}, Duration: 4},
		{Name: "review-app", Stage: "deploy", Needs: []string{"unit"}, Duration: 2},
	})
	if err != nil {
		t.Fatalf("unexpected error: %v", err)
	}
	if s.Start["unit"] != 3 || s.Start["review-app"] != 7 {
		t.Errorf("Start = %v, want unit at 3 and review-app at 7", s.Start)
	}
	if s.Duration != 9 {
		t.Errorf("Duration = %d, want 9", s.Duration)
	}
}

func TestEmptyNeedsStartsImmediately(t *testing.T) {
	s, err := Plan(stages, []Job{
		{Name: "compile", Stage: "build", Duration: 3},
		{Name: "danger-review", Stage: "test", Needs: []string{}, Duration: 1},
	})
	if err != nil {
		t.Fatalf("unexpected error: %v", err)
	}
	if s.Start["danger-review"] != 0 {
		t.Errorf("danger-review starts at %d, want 0", s.Start["danger-review"])
	}
}

func TestCycleIsAnError(t *testing.T) {
	_, err := Plan(stages, []Job{
		{Name: "a", Stage: "test", Needs: []string{"b"}, Duration: 1},
		{Name: "b", Stage: "test", Needs: []string{"a"}, Duration: 1},
	})
	if !errors.Is(err, ErrCycle) {
		t.Errorf("err = %v, want ErrCycle", err)
	}
}
