module assay.local/pool

go 1.19
