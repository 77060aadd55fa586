module assay.local/schedule

go 1.19
