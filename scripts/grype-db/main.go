// Command grype-db builds a small grype vulnerability database (schema v6) from checked-in
// advisory records, with grype's own database builder (github.com/anchore/grype/grype/db, the
// code that builds the published databases), at the grype version lint-scan pins, so that the
// schema is the one the pinned grype reads.
//
//	go run . <advisories> <out>
//
// <advisories> holds one directory per provider (github, nvd, debian, …), each with vunnel
// result records (*.json: {"schema": …, "identifier": …, "item": …}). <out> receives
// vulnerability.db and import.json, the layout `grype db import` and GRYPE_DB_CACHE_DIR/6 take.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/anchore/grype/grype/db"
	"github.com/anchore/grype/grype/db/provider"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: grype-db <advisories-dir> <out-dir>")
		os.Exit(2)
	}
	if err := build(os.Args[1], os.Args[2], time.Now().UTC()); err != nil {
		fmt.Fprintln(os.Stderr, "grype-db:", err)
		os.Exit(1)
	}
}

// build lays each provider's records out as a vunnel workspace (results/, a sha256 listing,
// metadata.json) and runs grype's builder over the workspaces.
func build(advisories, out string, now time.Time) error {
	work, err := os.MkdirTemp("", "grype-db-workspace-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	providers, err := os.ReadDir(advisories)
	if err != nil {
		return err
	}
	var states provider.States
	for _, p := range providers {
		if !p.IsDir() {
			continue
		}
		state, err := workspace(filepath.Join(advisories, p.Name()), filepath.Join(work, p.Name()), p.Name(), now)
		if err != nil {
			return fmt.Errorf("provider %s: %w", p.Name(), err)
		}
		states = append(states, *state)
	}
	if len(states) == 0 {
		return fmt.Errorf("no provider directories in %s", advisories)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	return db.Build(db.BuildConfig{
		SchemaVersion:       6,
		Directory:           out,
		States:              states,
		Timestamp:           now,
		IncludeCPEParts:     []string{"a", "h", "o"},
		InferNVDFixVersions: true,
		Hydrate:             true, // indexes and import.json (the xxh64 digest grype validates on start)
	})
}

func workspace(records, dir, name string, now time.Time) (*provider.State, error) {
	files, err := filepath.Glob(filepath.Join(records, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	if len(files) == 0 {
		return nil, fmt.Errorf("no *.json records in %s", records)
	}
	if err := os.MkdirAll(filepath.Join(dir, "results"), 0o755); err != nil {
		return nil, err
	}
	listing := ""
	for _, file := range files {
		content, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		var envelope struct{ Schema, Identifier string }
		if err := json.Unmarshal(content, &envelope); err != nil || envelope.Schema == "" || envelope.Identifier == "" {
			return nil, fmt.Errorf("%s: not a vunnel result record (schema, identifier, item)", file)
		}
		rel := filepath.Join("results", filepath.Base(file))
		if err := os.WriteFile(filepath.Join(dir, rel), content, 0o644); err != nil {
			return nil, err
		}
		listing += fmt.Sprintf("%s  %s\n", digest(content), rel)
	}
	if err := os.WriteFile(filepath.Join(dir, "checksums.sha256"), []byte(listing), 0o644); err != nil {
		return nil, err
	}
	metadata, err := json.MarshalIndent(map[string]any{
		"provider":             name,
		"urls":                 []string{"file://" + records},
		"store":                "flat-file",
		"timestamp":            now.Format(time.RFC3339),
		"version":              1,
		"distribution_version": 1,
		"processor":            "slipway grype-db",
		"listing":              map[string]string{"digest": digest([]byte(listing)), "path": "checksums.sha256", "algorithm": "sha256"},
		"schema": map[string]string{
			"version": "1.0.3",
			"url":     "https://raw.githubusercontent.com/anchore/vunnel/main/schema/provider-workspace-state/schema-1.0.3.json",
		},
		"stale": false,
	}, "", "  ")
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "metadata.json"), metadata, 0o644); err != nil {
		return nil, err
	}
	state, err := provider.ReadState(filepath.Join(dir, "metadata.json"))
	if err != nil {
		return nil, err
	}
	// The records as listed: a file changed after listing fails here, not in a scan.
	if err := state.Verify(); err != nil {
		return nil, err
	}
	return state, nil
}

func digest(content []byte) string {
	sum := sha256.Sum256(content)
	return hex.EncodeToString(sum[:])
}
