#!/usr/bin/env node
import '../core/cli/main.ts';
